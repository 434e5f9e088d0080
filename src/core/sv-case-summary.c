/* sv-case-summary.c: the list-row view of a case. */
#include "sv-case-summary.h"

struct _SvCaseSummary
{
  GObject       parent_instance;

  gint64        id;
  char         *number;
  char         *household_name;
  char         *reason;
  SvReportKind  report_kind;
  GDate         received;
  SvCaseStatus  status;
};

G_DEFINE_FINAL_TYPE (SvCaseSummary, sv_case_summary, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NUMBER,
  PROP_HOUSEHOLD_NAME,
  PROP_REASON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sv_case_summary_finalize (GObject *object)
{
  SvCaseSummary *self = SV_CASE_SUMMARY (object);

  g_free (self->number);
  g_free (self->household_name);
  g_free (self->reason);
  G_OBJECT_CLASS (sv_case_summary_parent_class)->finalize (object);
}

static void
sv_case_summary_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SvCaseSummary *self = SV_CASE_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;
    case PROP_HOUSEHOLD_NAME:
      g_value_set_string (value, self->household_name);
      break;
    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sv_case_summary_class_init (SvCaseSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sv_case_summary_finalize;
  object_class->get_property = sv_case_summary_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HOUSEHOLD_NAME] =
    g_param_spec_string ("household-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sv_case_summary_init (SvCaseSummary *self)
{
  g_date_clear (&self->received, 1);
}

SvCaseSummary *
sv_case_summary_new (gint64        id,
                     const char   *number,
                     const char   *household_name,
                     const char   *reason,
                     SvReportKind  report_kind,
                     const GDate  *received,
                     SvCaseStatus  status)
{
  SvCaseSummary *self = g_object_new (SV_TYPE_CASE_SUMMARY, NULL);

  self->id = id;
  self->number = g_strdup (number);
  self->household_name = g_strdup (household_name);
  self->reason = g_strdup (reason);
  self->report_kind = report_kind;
  if (received != NULL)
    self->received = *received;
  self->status = status;
  return self;
}

gint64
sv_case_summary_get_id (SvCaseSummary *self)
{
  g_return_val_if_fail (SV_IS_CASE_SUMMARY (self), 0);
  return self->id;
}

const char *
sv_case_summary_get_number (SvCaseSummary *self)
{
  g_return_val_if_fail (SV_IS_CASE_SUMMARY (self), NULL);
  return self->number;
}

const char *
sv_case_summary_get_household_name (SvCaseSummary *self)
{
  g_return_val_if_fail (SV_IS_CASE_SUMMARY (self), NULL);
  return self->household_name;
}

const char *
sv_case_summary_get_reason (SvCaseSummary *self)
{
  g_return_val_if_fail (SV_IS_CASE_SUMMARY (self), NULL);
  return self->reason;
}

SvReportKind
sv_case_summary_get_report_kind (SvCaseSummary *self)
{
  g_return_val_if_fail (SV_IS_CASE_SUMMARY (self), 0);
  return self->report_kind;
}

const GDate *
sv_case_summary_get_received (SvCaseSummary *self)
{
  g_return_val_if_fail (SV_IS_CASE_SUMMARY (self), NULL);
  return &self->received;
}

SvCaseStatus
sv_case_summary_get_status (SvCaseSummary *self)
{
  g_return_val_if_fail (SV_IS_CASE_SUMMARY (self), 0);
  return self->status;
}
