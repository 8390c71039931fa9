# Reminders with the app closed (docs/reminders.md): a systemd user timer that starts
# `rollwise-cli reminders deliver`. Installed into lib/systemd/user (/usr/lib/systemd/user in
# the .deb). The service's ExecStart names rollwise-cli under the prefix in force at install
# time (`cmake --install --prefix`, CPack), so the unit always names the installed binary.
include(GNUInstallDirs)
set(rollwise_units_dir ${CMAKE_CURRENT_LIST_DIR})
set(rollwise_units_out ${CMAKE_CURRENT_BINARY_DIR}/systemd-user)
install(CODE "
    set(ROLLWISE_BINDIR \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    configure_file(\"${rollwise_units_dir}/rollwise-reminders.service.in\"
                   \"${rollwise_units_out}/rollwise-reminders.service\" @ONLY)
")
install(FILES ${rollwise_units_out}/rollwise-reminders.service
              ${rollwise_units_dir}/rollwise-reminders.timer
        DESTINATION lib/systemd/user)
