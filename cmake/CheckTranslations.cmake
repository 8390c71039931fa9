# Fails on any German string that is not finished: runs lupdate over the sources into a copy of
# each .ts file and lists every message that comes out unfinished (new or changed in the
# sources), vanished or obsolete (gone from the sources but left in the file).
# Usage: cmake -DLUPDATE=... -DTS_FILES="a.ts;b.ts" -DSOURCES="..." -DOPTIONS="..."
#        -DWORK_DIR=dir -P CheckTranslations.cmake
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(problems "")
foreach(ts ${TS_FILES})
    get_filename_component(name ${ts} NAME)
    set(copy ${WORK_DIR}/${name})
    file(COPY_FILE ${ts} ${copy})
    set(options ${OPTIONS})
    if(name MATCHES "_en\\.ts$")
        list(APPEND options -pluralonly) # English translates only its plural forms
    endif()
    execute_process(COMMAND ${LUPDATE} ${options} ${SOURCES} -ts ${copy}
        RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name} (${status}):\n${out}\n${err}")
    endif()
    file(READ ${copy} text)
    # One <message> at a time (semicolons in the texts must not split CMake's list).
    string(REPLACE ";" "<semicolon>" text "${text}")
    string(REPLACE "</message>" "</message>;" messages "${text}")
    set(count 0)
    foreach(message ${messages})
        if(message MATCHES "type=\"(unfinished|vanished|obsolete)\"")
            set(kind ${CMAKE_MATCH_1})
            string(REGEX MATCH "<source>([^<]*)</source>" ignored "${message}")
            string(REPLACE "<semicolon>" ";" source "${CMAKE_MATCH_1}")
            string(APPEND problems "  ${name}: ${kind}: ${source}\n")
            math(EXPR count "${count} + 1")
        endif()
    endforeach()
    message(STATUS "${name}: ${count} problem(s)")
endforeach()
if(problems)
    message(FATAL_ERROR "Translations are not complete (docs/translations.md says how to fix "
                        "them):\n${problems}")
endif()
