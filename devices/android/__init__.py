"""Android phones over adb with adbutils."""
