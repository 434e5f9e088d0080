/* sv-fuzz.h: what every fuzz target shares.
 *
 * A target is one LLVMFuzzerTestOneInput(). Built with clang and
 * -Dfuzzing=true it links libFuzzer, which generates the inputs; built
 * with any compiler it links sv-fuzz-main.c, which feeds it the files of a
 * corpus, so the seeds and every input that once crashed a target stay
 * regression tests in the normal test run.
 *
 * A target aborts (g_error) when the code under test breaks a promise it
 * makes for any input: the fuzzer reports an abort like a crash.
 */
#pragma once

#include <glib.h>
#include <stddef.h>
#include <stdint.h>

G_BEGIN_DECLS

int  LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);
int  LLVMFuzzerInitialize   (int *argc, char ***argv);

/* @data as a NUL-terminated string (it may hold NULs and invalid UTF-8). */
char *sv_fuzz_string         (const uint8_t *data, size_t size);

G_END_DECLS
