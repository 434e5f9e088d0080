#include "sv-cli.h"
