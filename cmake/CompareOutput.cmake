# Runs a command and compares its standard output with a file; prints both on a mismatch.
# Usage: cmake -DCOMMAND="prog;arg;..." -DEXPECTED=file -P CompareOutput.cmake
execute_process(COMMAND ${COMMAND} OUTPUT_VARIABLE actual ERROR_VARIABLE errors RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "command failed (${status}): ${errors}")
endif()
file(READ ${EXPECTED} expected)
if(NOT actual STREQUAL expected)
    message(FATAL_ERROR "output differs from ${EXPECTED}\n--- actual ---\n${actual}\n"
                        "If the change is intended, run scripts/update-guard-examples.sh and review the diff.")
endif()
