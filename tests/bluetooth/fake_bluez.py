#!/usr/bin/python3
"""A fake BlueZ on a private D-Bus, serving a simulated Rollwise device.

Run with Debian's /usr/bin/python3 (python3-dbus, python3-dbusmock, python3-gi). One process:

* starts a private dbus-daemon whose configuration says <type>system</type>, so Qt Bluetooth
  talks to it as to the system bus once DBUS_SYSTEM_BUS_ADDRESS points at it;
* owns org.bluez there with python-dbusmock's bluez5 template (AddAdapter, AddDevice), with
  Device1.UUIDs set through Properties.Set, Connect / Disconnect / Pair replaced by methods
  that update Connected / ServicesResolved / Paired, and GattService1, GattCharacteristic1
  (ReadValue, WriteValue, StartNotify, StopNotify) and a GattDescriptor1 0x2902 under every
  notifying characteristic, laid out as docs/device-protocol.md section 4;
* runs rollwise-fake-device (a SimulatedDevice behind a line protocol) and maps every D-Bus
  call onto it: ReadValue -> "read", WriteValue -> "write", StartNotify -> "notify 1", its
  notifications -> PropertiesChanged on GattCharacteristic1.Value, Battery Level -> the
  Battery1.Percentage property (BlueZ hides the battery service behind Battery1).

Control, one line per command on stdin, one answer line on stdout ("ok [data]" / "err why"):
  reset [adapter=0|1] [powered=0|1] [present=0|1] [paired=0|1] [pairing=accept|refuse]
        [family=roller|pen|home] [device=sim|doc]
                                    a fresh world: objects rebuilt, a new device process (the
                                    simulator, or the device written from the protocol
                                    document alone)
  sim <command>                     a command for the simulated device (fake_device.cpp)
  rssi <dBm>                        the Rollwise device's RSSI changes
  advert <status>                   the Rollwise device's advertised service data (5.1): the
                                    status byte (bit 0 pairing mode, bit 1 records pending)
                                    and protocol major 1, as Device1.ServiceData
  calls <method>                    how many times the method was called on the device's
                                    objects since the last reset
  vanish | appear                   the Rollwise device goes out of range (its link drops, its
                                    objects go) or comes back
  power <0|1>                       the adapter is powered off or on
  stream-times                      "<sequence>:<monotonic ns>" of every streamed notification
  order                             "<method> <uuid>" of every GATT call on the device's
                                    characteristics since the last reset, in order
  raw <uuid> <hex> [count]          the device sends these bytes on the characteristic, count
                                    times, bypassing the simulator (a hostile firmware)
  quit                              stop everything and exit (also on stdin EOF or SIGTERM)
The first line on stdout is "READY <bus address>". The mock's own log goes to --log.
"""

import argparse
import ctypes
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import dbus
import dbus.mainloop.glib
import dbus.service
from dbusmock import OBJECT_MANAGER_IFACE, mockobject
from gi.repository import GLib

DEVICE_IFACE = 'org.bluez.Device1'
ADAPTER_IFACE = 'org.bluez.Adapter1'
SERVICE_IFACE = 'org.bluez.GattService1'
CHAR_IFACE = 'org.bluez.GattCharacteristic1'
DESC_IFACE = 'org.bluez.GattDescriptor1'
BATTERY_IFACE = 'org.bluez.Battery1'

ROLLWISE_ADDRESS = 'C0:FF:EE:00:05:40'
DECOY_ADDRESS = 'C0:FF:EE:00:00:01'
ANSWER_TIMEOUT_S = 5.0


def sig(short):
    return f'0000{short:04x}-0000-1000-8000-00805f9b34fb'


def rollwise(field):
    return f'7b2a{field:04x}-6f41-4c1e-9f3a-d2c85e0b17a4'


CCCD = sig(0x2902)
BATTERY_LEVEL = sig(0x2A19)
LIVE_EVENTS = rollwise(4)

# docs/device-protocol.md, section 4 (the battery service is Battery1, see above).
GATT = [
    (sig(0x1801), [(sig(0x2A05), ['indicate'])]),
    (sig(0x180A), [(sig(0x2A29), ['read']), (sig(0x2A24), ['read']), (sig(0x2A25), ['read']),
                   (sig(0x2A27), ['read']), (sig(0x2A26), ['read'])]),
    (sig(0x1805), [(sig(0x2A2B), ['read', 'write', 'notify']), (sig(0x2A0F), ['read', 'write'])]),
    (rollwise(1), [(rollwise(2), ['read']), (rollwise(3), ['read', 'notify']),
                   (rollwise(4), ['notify']), (rollwise(5), ['write', 'indicate']),
                   (rollwise(6), ['notify']), (rollwise(7), ['write', 'indicate'])]),
]

# BlueZ's mapping of ATT errors to D-Bus errors (src/gatt-client.c, create_gatt_dbus_error).
ATT_ERRORS = {
    0x02: ('org.bluez.Error.NotPermitted', 'Read not permitted'),
    0x03: ('org.bluez.Error.NotPermitted', 'Write not permitted'),
    0x05: ('org.bluez.Error.NotPermitted', 'Not paired'),
    0x0C: ('org.bluez.Error.NotPermitted', 'Not paired'),
    0x0F: ('org.bluez.Error.NotPermitted', 'Not paired'),
    0x0D: ('org.bluez.Error.InvalidArguments', 'Invalid Length'),
    0x08: ('org.bluez.Error.NotAuthorized', 'Not Authorized'),
    0x06: ('org.bluez.Error.NotSupported', 'Not Supported'),
}
LINK_ERRORS = {
    'nc': ('org.bluez.Error.Failed', 'Not connected'),
    'ns': ('org.bluez.Error.NotSupported', 'Not Supported'),
    'tl': ('org.bluez.Error.InvalidValueLength', 'Invalid value length'),
}


def die_with_parent():
    """Children get SIGTERM when this process dies, however it dies."""
    libc = ctypes.CDLL('libc.so.6', use_errno=True)
    libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def bus_error(name, message):
    return dbus.exceptions.DBusException(message, name=name)


class Fixture:
    def __init__(self, helper, log):
        self.helper_path = helper
        self.workdir = tempfile.mkdtemp(prefix='rollwise-fake-bluez-')
        self.log_path = log
        self.bus_process = None
        self.helper = None
        self.helper_buffer = b''
        self.control_buffer = b''
        self.options = {}
        self.char_paths = {}  # uuid -> object path
        self.device_path = None
        self.adapter_path = None
        self.rollwise_paired = False
        self.stream_times = []
        self.calls = {}
        self.order = []
        self.loop = GLib.MainLoop()
        self.closed = False

        self.address = self.start_bus()
        dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
        self.bus = dbus.bus.BusConnection(self.address)
        self.bus_name = dbus.service.BusName('org.bluez', self.bus, allow_replacement=True,
                                             replace_existing=True, do_not_queue=True)
        self.root = mockobject.DBusMockObject(self.bus_name, '/', OBJECT_MANAGER_IFACE, {},
                                              self.log_path, True)
        mockobject.objects['/'] = self.root
        self.root.AddTemplate('bluez5', {})

    # ---- processes -------------------------------------------------------------------------

    def start_bus(self):
        socket = os.path.join(self.workdir, 'system_bus_socket')
        config = os.path.join(self.workdir, 'bus.conf')
        with open(config, 'w', encoding='utf-8') as f:
            f.write(f'''<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <allow own="*"/>
    <allow send_type="method_call"/>
    <allow send_type="signal"/>
    <allow send_type="method_return"/>
    <allow send_type="error"/>
    <allow receive_type="method_call"/>
    <allow receive_type="signal"/>
    <allow receive_type="method_return"/>
    <allow receive_type="error"/>
  </policy>
</busconfig>
''')
        # Its complaints (e.g. about the fd limit of an unprivileged user) go to the log.
        with open(self.log_path + '.bus', 'wb') as bus_log:
            self.bus_process = subprocess.Popen(
                ['dbus-daemon', f'--config-file={config}', '--nofork', '--nopidfile',
                 '--nosyslog', '--print-address=1'],
                stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, stderr=bus_log,
                preexec_fn=die_with_parent)
        ready, _, _ = select.select([self.bus_process.stdout], [], [], 10)
        if not ready:
            raise RuntimeError('dbus-daemon did not start')
        address = self.bus_process.stdout.readline().decode().strip()
        if not address:
            raise RuntimeError('dbus-daemon printed no address')
        return address

    def start_helper(self, family, bonded, doc=False):
        self.stop_helper()
        args = [self.helper_path, f'--family={family}']
        if not bonded:
            args.append('--unbonded')
        if doc:
            args.append('--doc')
        self.helper = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                       preexec_fn=die_with_parent)
        self.helper_buffer = b''
        self.helper_watch = GLib.io_add_watch(self.helper.stdout.fileno(),
                                              GLib.PRIORITY_DEFAULT,
                                              GLib.IO_IN | GLib.IO_HUP | GLib.IO_ERR,
                                              self.on_helper_readable)

    def stop_helper(self):
        if self.helper is None:
            return
        GLib.source_remove(self.helper_watch)
        try:
            self.helper.stdin.close()
        except OSError:
            pass
        try:
            self.helper.wait(timeout=3)
        except subprocess.TimeoutExpired:
            self.helper.kill()
            self.helper.wait()
        self.helper.stdout.close()
        self.helper = None

    def close(self):
        if self.closed:
            return
        self.closed = True
        self.stop_helper()
        if self.bus_process is not None:
            self.bus_process.terminate()
            try:
                self.bus_process.wait(timeout=3)
            except subprocess.TimeoutExpired:
                self.bus_process.kill()
                self.bus_process.wait()
            self.bus_process.stdout.close()
        shutil.rmtree(self.workdir, ignore_errors=True)

    # ---- the device process ----------------------------------------------------------------

    def send(self, command):
        if self.helper is None:
            raise bus_error('org.bluez.Error.Failed', 'No device')
        self.helper.stdin.write((command + '\n').encode())
        self.helper.stdin.flush()

    def read_helper(self, timeout):
        fd = self.helper.stdout.fileno()
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            return False
        chunk = os.read(fd, 65536)
        if not chunk:
            raise bus_error('org.bluez.Error.Failed', 'The device process ended')
        self.helper_buffer += chunk
        return True

    def next_line(self):
        if b'\n' not in self.helper_buffer:
            return None
        line, self.helper_buffer = self.helper_buffer.split(b'\n', 1)
        return line.decode()

    def wait_for(self, matches):
        """Sends nothing; reads device lines until one matches. Lines before it (events the
        device sent first) are dispatched at once, so they reach D-Bus before the reply."""
        deadline = time.monotonic() + ANSWER_TIMEOUT_S
        while True:
            line = self.next_line()
            if line is None:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not self.read_helper(remaining):
                    raise bus_error('org.bluez.Error.Failed', 'The device did not answer')
                continue
            if matches(line):
                GLib.idle_add(self.drain)  # what came after it goes out after the reply
                return line
            self.dispatch(line)

    def on_helper_readable(self, _fd, condition):
        if condition & GLib.IO_IN:
            try:
                self.read_helper(0)
            except dbus.exceptions.DBusException:
                return False
        self.drain()
        return not condition & (GLib.IO_HUP | GLib.IO_ERR) or bool(condition & GLib.IO_IN)

    def drain(self):
        while True:
            line = self.next_line()
            if line is None:
                return False
            self.dispatch(line)

    def dispatch(self, line):
        parts = line.split()
        if not parts:
            return
        if parts[0] == 'state' and parts[1] == 'disconnected':
            self.link_down()
        elif parts[0] == 'value' and len(parts) == 4:
            self.notify(parts[1], bytes.fromhex(parts[2]) if parts[2] != '-' else b'')
        elif parts[0] in ('done', 'ok', 'err', 'stream-done', 'state'):
            pass  # an answer nobody waits for any more (its D-Bus call timed out)

    def notify(self, uuid, value):
        if uuid == BATTERY_LEVEL and value:
            device = mockobject.objects.get(self.device_path)
            if device is not None:
                device.UpdateProperties(BATTERY_IFACE, {'Percentage': dbus.Byte(value[0])})
            return
        path = self.char_paths.get(uuid)
        if path is None or path not in mockobject.objects:
            return
        if uuid == LIVE_EVENTS and len(value) >= 4:
            sequence = value[2] | (value[3] << 8)
            self.stream_times.append(f'{sequence}:{time.monotonic_ns()}')
        mockobject.objects[path].UpdateProperties(
            CHAR_IFACE, {'Value': dbus.Array(value, signature='y')})
        self.bus.flush()  # out now, not at the main loop's next turn (latency, ordering)

    def link_down(self):
        device = mockobject.objects.get(self.device_path)
        if device is None:
            return
        for path in self.char_paths.values():
            char = mockobject.objects.get(path)
            if char is not None and char.props[CHAR_IFACE]['Notifying']:
                char.UpdateProperties(CHAR_IFACE, {'Notifying': dbus.Boolean(False)})
        if device.props[DEVICE_IFACE]['Connected']:
            device.UpdateProperties(DEVICE_IFACE, {'ServicesResolved': dbus.Boolean(False),
                                                   'Connected': dbus.Boolean(False)})

    def gatt(self, kind, uuid, command):
        self.send(command)
        line = self.wait_for(lambda l: l.startswith(f'done {kind} {uuid} '))
        parts = line.split()
        code = parts[3]
        if code in LINK_ERRORS:
            raise bus_error(*LINK_ERRORS[code])
        att = int(code, 16)
        if att != 0:
            name, message = ATT_ERRORS.get(
                att, ('org.bluez.Error.Failed', f'Operation failed with ATT error: 0x{att:02x}'))
            raise bus_error(name, message)
        return bytes.fromhex(parts[4]) if len(parts) > 4 and parts[4] != '-' else b''

    def world(self, command):
        self.send(command)
        return self.wait_for(lambda l: l.startswith('ok') or l.startswith('err'))

    def count(self, method):
        self.calls[method] = self.calls.get(method, 0) + 1

    # ---- D-Bus objects ---------------------------------------------------------------------

    def emit_added(self, path):
        self.root.EmitSignal(OBJECT_MANAGER_IFACE, 'InterfacesAdded', 'oa{sa{sv}}',
                             [dbus.ObjectPath(path), mockobject.objects[path].props])

    def remove_world(self):
        if self.adapter_path is not None and self.adapter_path in mockobject.objects:
            self.root.RemoveAdapterWithDevices('hci0')
        self.adapter_path = None
        self.device_path = None
        self.char_paths = {}

    def reset(self, options):
        self.options = {'adapter': '1', 'powered': '1', 'present': '1', 'paired': '0',
                        'pairing': 'accept', 'family': 'roller', 'device': 'sim'}
        self.options.update(options)
        self.remove_world()
        self.stream_times = []
        self.calls = {}
        self.order = []
        paired = self.options['paired'] == '1'
        self.start_helper(self.options['family'], bonded=paired,
                          doc=self.options['device'] == 'doc')
        if self.options['adapter'] != '1':
            return 'ok'
        self.adapter_path = self.root.AddAdapter('hci0', 'Rollwise test host')
        adapter = mockobject.objects[self.adapter_path]
        if self.options['powered'] != '1':
            adapter.UpdateProperties(ADAPTER_IFACE, {'Powered': dbus.Boolean(False)})
        self.add_decoy()
        if self.options['present'] == '1':
            self.add_rollwise(paired)
        return 'ok'

    def remove_rollwise(self):
        device = mockobject.objects.get(self.device_path)
        if device is None:
            return
        self.rollwise_paired = bool(device.props[DEVICE_IFACE]['Paired'])
        if device.props[DEVICE_IFACE]['Connected']:
            self.world('drop-link')  # out of range: the device sees the link drop too
            self.drain()
            self.link_down()
        # Children first, as BlueZ removes them.
        for path in sorted((p for p in mockobject.objects if p.startswith(self.device_path)),
                           key=len, reverse=True):
            interfaces = list(mockobject.objects[path].props.keys())
            self.root.RemoveObject(path)
            self.root.EmitSignal(OBJECT_MANAGER_IFACE, 'InterfacesRemoved', 'oas',
                                 [dbus.ObjectPath(path), dbus.Array(interfaces, signature='s')])
        self.device_path = None
        self.char_paths = {}

    def add_decoy(self):
        path = self.root.AddDevice('hci0', DECOY_ADDRESS, 'Fitness Band')
        device = mockobject.objects[path]
        device.Set(DEVICE_IFACE, 'UUIDs', dbus.Array([sig(0x180D)], signature='s'))
        device.UpdateProperties(DEVICE_IFACE, {'RSSI': dbus.Int16(-71)})

    def add_rollwise(self, paired):
        model = {'roller': 'RW-R540', 'pen': 'RW-P11', 'home': 'RW-H03'}[self.options['family']]
        path = self.root.AddDevice('hci0', ROLLWISE_ADDRESS, model)
        self.device_path = path
        self.rollwise_paired = paired
        device = mockobject.objects[path]
        services = [s for s, _ in GATT] + [sig(0x180F)]
        device.Set(DEVICE_IFACE, 'UUIDs', dbus.Array(services, signature='s'))
        device.UpdateProperties(DEVICE_IFACE, {'RSSI': dbus.Int16(-58),
                                               'Paired': dbus.Boolean(paired)})
        device.paired = paired
        # dbusmock calls plain functions only (not bound methods): wrap them.
        device.AddMethod(DEVICE_IFACE, 'Connect', '', '', lambda dev: self.on_connect(dev))
        device.AddMethod(DEVICE_IFACE, 'Disconnect', '', '', lambda dev: self.on_disconnect(dev))
        device.AddMethod(DEVICE_IFACE, 'Pair', '', '', lambda dev: self.on_pair(dev))
        level = self.world('battery 85')
        if not level.startswith('ok'):
            raise RuntimeError(level)
        device.AddProperties(BATTERY_IFACE, {'Percentage': dbus.Byte(85)})
        self.emit_added(path)

        handle = 1
        for service_uuid, chars in GATT:
            service_path = f'{path}/service{handle:04x}'
            handle += 1
            self.root.AddObject(service_path, SERVICE_IFACE, {
                'UUID': dbus.String(service_uuid),
                'Primary': dbus.Boolean(True),
                'Device': dbus.ObjectPath(path),
                'Includes': dbus.Array([], signature='o'),
            }, [])
            self.emit_added(service_path)
            for char_uuid, flags in chars:
                char_path = f'{service_path}/char{handle:04x}'
                handle += 2
                self.add_characteristic(char_path, service_path, char_uuid, flags)
                if 'notify' in flags or 'indicate' in flags:
                    desc_path = f'{char_path}/desc{handle:04x}'
                    handle += 1
                    self.root.AddObject(desc_path, DESC_IFACE, {
                        'UUID': dbus.String(CCCD),
                        'Characteristic': dbus.ObjectPath(char_path),
                        'Value': dbus.Array([], signature='y'),
                        'Flags': dbus.Array(['read', 'write'], signature='s'),
                    }, [
                        ('ReadValue', 'a{sv}', 'ay', lambda _self, _o: dbus.Array([0, 0], 'y')),
                        ('WriteValue', 'aya{sv}', '', lambda _self, _v, _o: None),
                    ])
                    self.emit_added(desc_path)

    def add_characteristic(self, path, service_path, uuid, flags):
        self.char_paths[uuid] = path

        def read_value(_self, _options):
            self.count('ReadValue')
            self.order.append(f'ReadValue {uuid}')
            return dbus.Array(self.gatt('read', uuid, f'read {uuid}'), signature='y')

        def write_value(_self, value, _options):
            self.count('WriteValue')
            self.order.append(f'WriteValue {uuid}')
            self.gatt('write', uuid, f'write {uuid} {bytes(value).hex() or "-"}')

        def start_notify(obj):
            self.count('StartNotify')
            self.order.append(f'StartNotify {uuid}')
            self.gatt('subscribe', uuid, f'notify {uuid} 1')
            obj.UpdateProperties(CHAR_IFACE, {'Notifying': dbus.Boolean(True)})

        def stop_notify(obj):
            self.count('StopNotify')
            self.gatt('subscribe', uuid, f'notify {uuid} 0')
            obj.UpdateProperties(CHAR_IFACE, {'Notifying': dbus.Boolean(False)})

        self.root.AddObject(path, CHAR_IFACE, {
            'UUID': dbus.String(uuid),
            'Service': dbus.ObjectPath(service_path),
            'Value': dbus.Array([], signature='y'),
            'Notifying': dbus.Boolean(False),
            'Flags': dbus.Array(flags, signature='s'),
        }, [
            ('ReadValue', 'a{sv}', 'ay', read_value),
            ('WriteValue', 'aya{sv}', '', write_value),
            ('StartNotify', '', '', start_notify),
            ('StopNotify', '', '', stop_notify),
        ])
        self.emit_added(path)

    def on_connect(self, device):
        self.count('Connect')
        adapter = mockobject.objects.get(self.adapter_path)
        if adapter is None or not adapter.props[ADAPTER_IFACE]['Powered']:
            raise bus_error('org.bluez.Error.NotReady', 'Resource Not Ready')
        if device.props[DEVICE_IFACE]['Connected']:
            raise bus_error('org.bluez.Error.AlreadyConnected', 'Already Connected')
        self.send('connect')
        self.wait_for(lambda l: l == 'state connected')
        # BlueZ's battery plugin reads and follows Battery Level itself, into Battery1.
        level = self.gatt('read', BATTERY_LEVEL, f'read {BATTERY_LEVEL}')
        if level:
            device.UpdateProperties(BATTERY_IFACE, {'Percentage': dbus.Byte(level[0])})
        self.gatt('subscribe', BATTERY_LEVEL, f'notify {BATTERY_LEVEL} 1')
        device.UpdateProperties(DEVICE_IFACE, {'Connected': dbus.Boolean(True)})
        device.UpdateProperties(DEVICE_IFACE, {'ServicesResolved': dbus.Boolean(True)})

    def on_disconnect(self, device):
        self.count('Disconnect')
        if not device.props[DEVICE_IFACE]['Connected']:
            raise bus_error('org.bluez.Error.NotConnected', 'Not Connected')
        self.send('disconnect')
        self.wait_for(lambda l: l == 'state disconnected')
        self.link_down()

    def on_pair(self, device):
        self.count('Pair')
        if device.props[DEVICE_IFACE]['Paired']:
            raise bus_error('org.bluez.Error.AlreadyExists', 'Already Exists')
        if self.options.get('pairing') == 'refuse':
            # The device is not in pairing mode: SMP Pairing Failed (5.2).
            raise bus_error('org.bluez.Error.AuthenticationFailed', 'Authentication Failed')
        answer = self.world('bond 1')
        if not answer.startswith('ok'):
            raise bus_error('org.bluez.Error.Failed', answer)
        device.paired = True
        device.UpdateProperties(DEVICE_IFACE, {'Paired': dbus.Boolean(True)})

    # ---- control ---------------------------------------------------------------------------

    def on_control(self, fd, condition):
        if condition & GLib.IO_IN:
            chunk = os.read(fd, 65536)
            if not chunk:
                self.loop.quit()
                return False
            self.control_buffer += chunk
            while b'\n' in self.control_buffer:
                line, self.control_buffer = self.control_buffer.split(b'\n', 1)
                answer = self.control(line.decode().strip())
                sys.stdout.write(answer + '\n')
                sys.stdout.flush()
                if answer == 'ok bye':
                    self.loop.quit()
                    return False
            return True
        self.loop.quit()
        return False

    def control(self, line):
        words = line.split(' ', 1)
        verb = words[0]
        rest = words[1] if len(words) > 1 else ''
        try:
            if verb == 'reset':
                return self.reset(dict(w.split('=', 1) for w in rest.split() if '=' in w))
            if verb == 'sim':
                return self.world(rest)
            if verb == 'rssi':
                device = mockobject.objects[self.device_path]
                device.UpdateProperties(DEVICE_IFACE, {'RSSI': dbus.Int16(int(rest))})
                return 'ok'
            if verb == 'advert':
                device = mockobject.objects[self.device_path]
                data = dbus.Array([int(rest, 0) & 0xFF, 1], signature='y')
                value = dbus.Dictionary(
                    {rollwise(1): dbus.Array(data, signature='y', variant_level=1)},
                    signature='sv')
                # dbusmock's UpdateProperties cannot wrap a dictionary: set it and signal it.
                device.props[DEVICE_IFACE]['ServiceData'] = value
                changed = dbus.Dictionary({'ServiceData': dbus.Dictionary(
                    value, signature='sv', variant_level=1)}, signature='sv')
                device.EmitSignal(dbus.PROPERTIES_IFACE, 'PropertiesChanged', 'sa{sv}as',
                                  [DEVICE_IFACE, changed, dbus.Array([], signature='s')])
                return 'ok'
            if verb == 'vanish':
                self.remove_rollwise()
                return 'ok'
            if verb == 'appear':
                if self.device_path is None:
                    self.add_rollwise(self.rollwise_paired)
                return 'ok'
            if verb == 'power':
                adapter = mockobject.objects[self.adapter_path]
                adapter.UpdateProperties(ADAPTER_IFACE, {'Powered': dbus.Boolean(rest == '1')})
                return 'ok'
            if verb == 'calls':
                return f'ok {self.calls.get(rest, 0)}'
            if verb == 'order':
                return 'ok ' + (','.join(self.order) or '-')
            if verb == 'raw':
                args = rest.split()
                value = bytes.fromhex(args[1]) if args[1] != '-' else b''
                for _ in range(int(args[2]) if len(args) > 2 else 1):
                    self.notify(args[0], value)
                return 'ok'
            if verb == 'stream-times':
                return 'ok ' + (','.join(self.stream_times) or '-')
            if verb == 'quit':
                return 'ok bye'
            return f'err unknown command {verb}'
        except Exception as e:  # pylint: disable=broad-except
            return f'err {type(e).__name__}: {e}'.replace('\n', ' ')

    def run(self):
        GLib.io_add_watch(sys.stdin.fileno(), GLib.PRIORITY_DEFAULT,
                          GLib.IO_IN | GLib.IO_HUP | GLib.IO_ERR, self.on_control)
        for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            GLib.unix_signal_add(GLib.PRIORITY_HIGH, signum, self.loop.quit)
        sys.stdout.write(f'READY {self.address}\n')
        sys.stdout.flush()
        self.loop.run()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n', 1)[0])
    parser.add_argument('--helper', required=True, help='path of rollwise-fake-device')
    parser.add_argument('--log', required=True, help='where the mock writes its log')
    args = parser.parse_args()
    fixture = Fixture(args.helper, args.log)
    try:
        fixture.run()
    finally:
        fixture.close()


if __name__ == '__main__':
    main()
