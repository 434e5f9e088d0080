/* sv-test-util.c: helpers the test programs share. */
#include <glib/gstdio.h>

#include "sv-test-util.h"

char *
sv_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("sv-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
sv_test_rmtree (const char *dir)
{
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;

  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, g_file_info_get_name (info), NULL);

      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        sv_test_rmtree (child);
      else
        g_remove (child);
      g_object_unref (info);
    }
  g_rmdir (dir);
}

SvSqliteStore *
sv_test_open_store (const char *dir,
                    const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  SvSqliteStore *store = sv_sqlite_store_open (path, SV_SQLITE_STORE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

gint64
sv_test_add_case (SvStore    *store,
                  const char *household_name,
                  const char *reason)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SvHousehold) household = sv_household_new ();
  g_autoptr(SvMember) parent = sv_member_new ();
  g_autoptr(SvMember) child = sv_member_new ();
  g_autoptr(SvCase) c = sv_case_new ();

  g_free (household->name);
  household->name = g_strdup (household_name);
  g_assert_true (sv_store_save_household (store, household, &error));
  g_assert_no_error (error);

  parent->household_id = household->id;
  parent->role = SV_MEMBER_ROLE_OUDER_VERZORGER;
  g_free (parent->given_names);
  parent->given_names = g_strdup ("Anna");
  g_free (parent->family_name);
  parent->family_name = g_strdup ("Testpersoon");
  g_date_set_dmy (&parent->birth_date, 12, G_DATE_MARCH, 1985);
  g_assert_true (sv_store_save_member (store, parent, &error));

  child->household_id = household->id;
  g_free (child->given_names);
  child->given_names = g_strdup ("Bram");
  g_free (child->family_name);
  child->family_name = g_strdup ("Testpersoon");
  g_date_set_dmy (&child->birth_date, 1, G_DATE_JUNE, 2014);
  g_assert_true (sv_store_save_member (store, child, &error));

  c->household_id = household->id;
  c->report_kind = SV_REPORT_KIND_ZORGELIJKE_MELDING;
  c->source = SV_REPORT_SOURCE_HUISARTS;
  g_date_set_dmy (&c->received, 2, G_DATE_NOVEMBER, 2026);
  g_free (c->reason);
  c->reason = g_strdup (reason);
  g_assert_true (sv_store_save_case (store, c, &error));
  g_assert_no_error (error);
  return c->id;
}

gint64
sv_test_meeting_kind (SvStore    *store,
                      const char *code)
{
  g_autoptr(GPtrArray) kinds = sv_store_list_meeting_kinds (store, NULL);

  g_assert_nonnull (kinds);
  for (guint i = 0; i < kinds->len; i++)
    if (g_str_equal (((SvMeetingKind *) kinds->pdata[i])->code, code))
      return ((SvMeetingKind *) kinds->pdata[i])->id;
  g_assert_not_reached ();
}

static void
raw_text_fn (sqlite3_context  *ctx,
             int               argc,
             sqlite3_value   **argv)
{
  sqlite3_result_text (ctx, sqlite3_user_data (ctx), -1, SQLITE_STATIC);
}

static void
raw_int_fn (sqlite3_context  *ctx,
            int               argc,
            sqlite3_value   **argv)
{
  sqlite3_result_int (ctx, GPOINTER_TO_INT (sqlite3_user_data (ctx)));
}

void
sv_test_allow_raw_writes (sqlite3 *db)
{
  g_assert_cmpint (sqlite3_create_function (db, "sv_audit_now", 0, SQLITE_UTF8, (void *) "2026-01-01T00:00:00Z",
                                            raw_text_fn, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_create_function (db, "sv_audit_user", 0, SQLITE_UTF8, (void *) "test",
                                            raw_text_fn, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_create_function (db, "sv_audit_name", 0, SQLITE_UTF8, (void *) "",
                                            raw_text_fn, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_create_function (db, "sv_audit_on", 0, SQLITE_UTF8, GINT_TO_POINTER (1),
                                            raw_int_fn, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_create_function (db, "sv_audit_erasing", 0, SQLITE_UTF8, GINT_TO_POINTER (0),
                                            raw_int_fn, NULL, NULL), ==, SQLITE_OK);
}
