/* sv-fuzz-util.c: helpers the fuzz targets share. */
#include <string.h>

#include "sv-fuzz.h"

char *
sv_fuzz_string (const uint8_t *data,
                size_t         size)
{
  char *text = g_malloc (size + 1);

  if (size > 0)
    memcpy (text, data, size);
  text[size] = '\0';
  return text;
}
