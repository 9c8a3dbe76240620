"""Phone drivers (iPhone over usbmux, Android over adb, Samsung modem port).

Usable on its own: this package never imports labapp or Qt (import-linter
enforces it). The drivers themselves arrive with the device-reading issue.
"""
