# Writes the bytes of INPUT as a C array to OUTPUT (see include/builtin.h).
# Run by the build with cmake -P, so it needs no tool beyond CMake.
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
file(WRITE "${OUTPUT}"
"/* Generated from exercises.yaml by src/embed.cmake; do not edit. */
#include \"builtin.h\"

const unsigned char builtin_catalog[] = {
${bytes}0x00};
const size_t builtin_catalog_size = ${size};
")
