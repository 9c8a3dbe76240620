"""Phone drivers: iPhone (usbmux, pymobiledevice3), Android (adb, adbutils) and the
Samsung modem port (pyserial).

Usable on its own: this package never imports labapp or Qt (import-linter
enforces it). What it produces is a reading in the `labapp.device-reading/1`
JSON format (`devices.reading`), the contract with the application.
"""
