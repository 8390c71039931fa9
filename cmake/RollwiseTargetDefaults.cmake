# Compiler settings for the project's own targets (never for directories or third-party code).
function(rollwise_target_defaults target)
    target_compile_features(${target} PUBLIC cxx_std_20)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive- $<$<BOOL:${ROLLWISE_WERROR}>:/WX>)
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic
            $<$<BOOL:${ROLLWISE_WERROR}>:-Werror>
            $<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:-fstack-protector-strong>)
        if(NOT ROLLWISE_SANITIZE)
            target_compile_definitions(${target} PRIVATE
                $<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:_FORTIFY_SOURCE=2>)
        endif()
        # Hardened as Debian's own binaries are: position independent, full RELRO with
        # immediate binding (checked by tests/packaging/check_hardening.sh).
        set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
        get_target_property(type ${target} TYPE)
        if(type STREQUAL "EXECUTABLE" AND NOT APPLE)
            target_link_options(${target} PRIVATE -pie LINKER:-z,relro LINKER:-z,now)
        endif()
    endif()
    if(ROLLWISE_SANITIZE)
        if(MSVC)
            message(FATAL_ERROR "ROLLWISE_SANITIZE is for GCC and Clang")
        endif()
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined
            -fno-sanitize-recover=all -fno-omit-frame-pointer)
        target_link_options(${target} PUBLIC -fsanitize=address,undefined)
    endif()
endfunction()
