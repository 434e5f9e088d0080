/* sv-enums-private.h: the table behind each vocabulary of sv-enums.h, for
 * the core files that define a vocabulary of their own. Include after
 * config.h and glib/gi18n-lib.h. */
#pragma once

#include "sv-enums.h"

typedef struct {
  const char *nick;
  const char *context;
  const char *label;
} SvEnumEntry;

#define SV_DEFINE_ENUM(Type, name, table)                                   \
  const char *sv_##name##_to_nick (Type value)                              \
  {                                                                         \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (table), NULL);      \
    return table[value].nick;                                               \
  }                                                                         \
  gboolean sv_##name##_from_nick (const char *nick, Type *value)            \
  {                                                                         \
    for (guint i = 0; nick != NULL && i < G_N_ELEMENTS (table); i++)        \
      if (g_str_equal (nick, table[i].nick))                                \
        {                                                                   \
          if (value != NULL)                                                \
            *value = (Type) i;                                              \
          return TRUE;                                                      \
        }                                                                   \
    return FALSE;                                                           \
  }                                                                         \
  const char *sv_##name##_label (Type value)                                \
  {                                                                         \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (table), NULL);      \
    return g_dpgettext2 (GETTEXT_PACKAGE, table[value].context,             \
                         table[value].label);                               \
  }                                                                         \
  guint sv_##name##_count (void)                                            \
  {                                                                         \
    return G_N_ELEMENTS (table);                                            \
  }
