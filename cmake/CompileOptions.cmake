# One interface target carries the language level, warnings and strict Qt defines for every
# target of the project, so no target can quietly opt out of them.
add_library(ldn_options INTERFACE)
add_library(ldn::options ALIAS ldn_options)

target_compile_features(ldn_options INTERFACE cxx_std_20)
target_compile_options(ldn_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
    -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
if(LDN_WERROR)
    target_compile_options(ldn_options INTERFACE -Werror)
endif()
target_compile_definitions(ldn_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    LDN_VERSION="${PROJECT_VERSION}")

if(LDN_SANITIZE)
    set(sanitizer_flags -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_compile_options(ldn_options INTERFACE ${sanitizer_flags})
    target_link_options(ldn_options INTERFACE ${sanitizer_flags})
endif()
