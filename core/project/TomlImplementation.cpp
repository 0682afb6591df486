// toml++'s implementation, compiled once into core rather than taken from libtomlplusplus.so:
// one shared library fewer to load at every start. Every other file includes toml.h with
// TOML_HEADER_ONLY=0 (set for core in CMake) and gets only the declarations.
#define TOML_IMPLEMENTATION
#include <toml++/toml.h>
