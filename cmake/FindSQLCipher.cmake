# Finds SQLCipher 4 and provides the imported target SQLCipher::SQLCipher.
# pkg-config where it exists (Linux); otherwise SQLCIPHER_ROOT or the usual prefixes
# (vcpkg and Homebrew on Windows and macOS, a prebuilt tree for Android and iOS).
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
    pkg_check_modules(PC_SQLCIPHER QUIET sqlcipher)
endif()
find_path(SQLCipher_INCLUDE_DIR NAMES sqlcipher/sqlite3.h
    HINTS ${SQLCIPHER_ROOT}/include ${PC_SQLCIPHER_INCLUDEDIR})
find_library(SQLCipher_LIBRARY NAMES sqlcipher
    HINTS ${SQLCIPHER_ROOT}/lib ${PC_SQLCIPHER_LIBDIR})

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(SQLCipher REQUIRED_VARS SQLCipher_LIBRARY SQLCipher_INCLUDE_DIR)

if(SQLCipher_FOUND AND NOT TARGET SQLCipher::SQLCipher)
    add_library(SQLCipher::SQLCipher UNKNOWN IMPORTED)
    set_target_properties(SQLCipher::SQLCipher PROPERTIES
        IMPORTED_LOCATION "${SQLCipher_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${SQLCipher_INCLUDE_DIR}"
        # Needed for the sqlite3_key()/sqlite3_rekey() prototypes.
        INTERFACE_COMPILE_DEFINITIONS "SQLITE_HAS_CODEC")
endif()
mark_as_advanced(SQLCipher_INCLUDE_DIR SQLCipher_LIBRARY)
