/* fuzz-card.c: the Veiligheidskaart's snapshots, as versions keep them and
 * as the comparison of two versions reads them: sv_safety_card_from_json()
 * and sv_card_diff().
 *
 * Promises for any input: a refusal comes with a message; what is
 * accepted writes back as JSON that reads again to the same card (the
 * second writing equals the first); and a card compared with itself
 * shows no change. */
#include "config.h"

#include "sv-fuzz.h"
#include "sv-safety-card.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = sv_fuzz_string (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(SvSafetyCard) card = sv_safety_card_from_json (text, &error);
  g_autoptr(SvSafetyCard) again = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *first = NULL, *second = NULL;

  if (card == NULL)
    {
      if (error == NULL || error->message[0] == '\0')
        g_error ("refused a snapshot without saying why");
      return 0;
    }
  if (error != NULL)
    g_error ("accepted a snapshot and reported an error: %s", error->message);

  first = sv_safety_card_to_json (card);
  again = sv_safety_card_from_json (first, &error);
  if (again == NULL)
    g_error ("a written snapshot does not read back: %s", error->message);
  second = sv_safety_card_to_json (again);
  if (g_strcmp0 (first, second) != 0)
    g_error ("a snapshot changes when read and written again");

  changes = sv_card_diff (first, first, &error);
  if (changes == NULL)
    g_error ("a snapshot cannot be compared with itself: %s", error->message);
  if (changes->len != 0)
    g_error ("a snapshot compared with itself shows %u changes", changes->len);
  return 0;
}
