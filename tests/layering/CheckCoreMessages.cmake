# Fails when core/ builds an error message a person reads without marking it for
# translation: makeError(ErrorCode::..., QStringLiteral("...")) instead of tr("...") or
# QCoreApplication::translate("Context", "..."). The rule is in docs/architecture.md
# ("Text a person reads"); the kiosk's lupdate run collects the marked messages.
#
# cmake -DSOURCE_DIR=<repository> -P CheckCoreMessages.cmake
cmake_minimum_required(VERSION 3.25)

file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp")
list(SORT sources)
set(violations "")
set(marked 0)
foreach(source IN LISTS sources)
  file(READ "${SOURCE_DIR}/${source}" text)
  string(REGEX MATCHALL "makeError\\(ErrorCode::[A-Za-z]+,[ \t\r\n]*QStringLiteral\\(\"[^\"]*" bare "${text}")
  foreach(match IN LISTS bare)
    string(REGEX REPLACE "^.*QStringLiteral\\(" "" message "${match}")
    list(APPEND violations "${source}: ${message}...")
  endforeach()
  string(REGEX MATCHALL "makeError\\(ErrorCode::[A-Za-z]+,[ \t\r\n]*[A-Za-z:]*(tr|translate)\\(" good "${text}")
  list(LENGTH good count)
  math(EXPR marked "${marked} + ${count}")
endforeach()
if(violations)
  list(LENGTH violations count)
  list(JOIN violations "\n  " listed)
  message(FATAL_ERROR "${count} message(s) in core/ are not marked for translation (use tr() or "
                      "QCoreApplication::translate, docs/architecture.md):\n  ${listed}")
endif()
if(marked LESS 250)
  message(FATAL_ERROR "only ${marked} translatable makeError messages found in core/: is the pattern still right?")
endif()
message(STATUS "${marked} error messages of core/ are marked for translation")
