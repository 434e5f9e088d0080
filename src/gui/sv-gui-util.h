/* sv-gui-util.h: small helpers the widgets share. */
#pragma once

#include <adwaita.h>

#include "sv-enums.h"
#include "sv-store.h"
#include "sv-workdays.h"

G_BEGIN_DECLS

/* Fills a combo row with the translated labels of a vocabulary, in order,
 * so that the selected position is the enum value. */
#define SV_COMBO_ROW_FILL(row, name)                                         \
  G_STMT_START {                                                             \
    g_autoptr(GtkStringList) _list = gtk_string_list_new (NULL);             \
    for (guint _i = 0; _i < sv_##name##_count (); _i++)                      \
      gtk_string_list_append (_list, sv_##name##_label (_i));                \
    adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (_list));     \
  } G_STMT_END

/* The text of an entry row, trimmed; never NULL. */
char       *sv_entry_row_dup_text     (AdwEntryRow  *row);
/* The whole text of a text view. */
char       *sv_text_view_dup_text     (GtkTextView  *view);
/* Removes every row a preferences group holds that was added with
 * sv_group_add_row(). */
void        sv_group_clear_rows       (AdwPreferencesGroup *group);
void        sv_group_add_row          (AdwPreferencesGroup *group,
                                       GtkWidget           *row);
/* The name journal entries are signed with: the preference, or the
 * account's real name. */
char       *sv_dup_user_name          (GSettings    *settings);
/* A toast with the message of @error on the overlay nearest @widget. */
void        sv_show_error_toast       (GtkWidget    *widget,
                                       const GError *error);
void        sv_show_toast             (GtkWidget    *widget,
                                       const char   *message);
/* Shows @toast (taking it) on the overlay nearest @widget. */
void        sv_add_toast              (GtkWidget    *widget,
                                       AdwToast     *toast);
/* Working days with the extra days off of the preferences. */
SvWorkdays *sv_workdays_from_settings (GSettings    *settings);
/* Asks where to save, then writes the calendar of case @case_id (every
 * open case when 0) and says in a toast what it wrote. */
void        sv_export_calendar        (GtkWidget    *widget,
                                       SvStore      *store,
                                       GSettings    *settings,
                                       gint64        case_id);
/* Sets the tooltip of @widget; while it is not yet in a window, without
 * asking the display server where the pointer is. */
void        sv_widget_set_new_tooltip (GtkWidget    *widget,
                                       const char   *tooltip);
/* Lets the wrapping labels in @widget (libadwaita's rows break words
 * anywhere) break between words only: far cheaper to measure. */
void        sv_widget_wrap_at_words   (GtkWidget    *widget);
/* Keeps the labels in @widget on one line, ellipsized at the end: a label
 * that does not wrap is laid out once, whatever width it is offered. */
void        sv_widget_single_line     (GtkWidget    *widget);
/* A flat icon button with a tooltip that is also its accessible name. */
GtkWidget  *sv_icon_button_new        (const char   *icon_name,
                                       const char   *tooltip);

G_END_DECLS
