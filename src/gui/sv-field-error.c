/* sv-field-error.c: the message under a refused form field. */
#include "config.h"

#include "sv-field-error.h"

struct _SvFieldError
{
  GtkListBoxRow  parent_instance;

  GtkWidget     *label;   /* child */
  GtkWidget     *field;   /* unowned; a sibling row */
};

G_DEFINE_FINAL_TYPE (SvFieldError, sv_field_error, ADW_TYPE_PREFERENCES_ROW)

enum {
  PROP_0,
  PROP_FIELD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sv_field_error_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_FIELD:
      sv_field_error_set_field (SV_FIELD_ERROR (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_field_error_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_FIELD:
      g_value_set_object (value, SV_FIELD_ERROR (object)->field);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_field_error_class_init (SvFieldErrorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->set_property = sv_field_error_set_property;
  object_class->get_property = sv_field_error_get_property;

  properties[PROP_FIELD] =
    g_param_spec_object ("field", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_ALERT);
}

static void
sv_field_error_init (SvFieldError *self)
{
  self->label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0);
  gtk_widget_set_margin_start (self->label, 12);
  gtk_widget_set_margin_end (self->label, 12);
  gtk_widget_set_margin_top (self->label, 8);
  gtk_widget_set_margin_bottom (self->label, 8);
  gtk_widget_add_css_class (self->label, "error");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), self->label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (self), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
sv_field_error_new (void)
{
  return g_object_new (SV_TYPE_FIELD_ERROR, NULL);
}

void
sv_field_error_set_field (SvFieldError *self,
                          GtkWidget    *field)
{
  g_return_if_fail (SV_IS_FIELD_ERROR (self));

  if (self->field == field)
    return;
  self->field = field;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIELD]);
}

void
sv_field_error_set_message (SvFieldError *self,
                            const char   *message)
{
  gboolean show = message != NULL && *message != '\0';

  g_return_if_fail (SV_IS_FIELD_ERROR (self));

  gtk_label_set_text (GTK_LABEL (self->label), show ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self), show);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, show ? message : "", -1);
  if (self->field == NULL)
    return;
  if (show)
    {
      gtk_widget_add_css_class (self->field, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->field), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->field), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      message, -1);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (self->field), GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE,
                                      self, -1);
    }
  else
    {
      gtk_widget_remove_css_class (self->field, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (self->field), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->field), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (self->field), GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE);
    }
}

const char *
sv_field_error_get_message (SvFieldError *self)
{
  g_return_val_if_fail (SV_IS_FIELD_ERROR (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self)) ? gtk_label_get_text (GTK_LABEL (self->label)) : NULL;
}
