; Inno Setup 6.3+ recipe: a setup.exe for the one-folder app that packaging/labapp.spec
; builds on Windows (dist\labapp\: labapp.exe, labapp-cli.exe, _internal\).
; NOT BUILT OR TRIED YET: written beside the Linux build, which is the one made and tested.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\labapp.iss
;
; makes dist\labapp-0.1.0-windows-x64-setup.exe. Paths are relative to this file.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; Fixed for ever: it is how Windows knows a new setup upgrades the installed labapp.
AppId={{D7755186-F38B-47AF-A9EE-2ABE45F559FA}
AppName=labapp
AppVersion={#AppVersion}
AppPublisher=labapp
DefaultDirName={autopf}\labapp
DefaultGroupName=labapp
DisableProgramGroupPage=yes
; The app reads USB phones through system services (Apple Mobile Device Service, adb),
; not drivers of its own: no reboot, but Program Files needs an administrator.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=labapp-{#AppVersion}-windows-x64-setup
; Rendered by packaging/make_icons.py during the PyInstaller build.
SetupIconFile=..\..\build\packaging\icons\labapp.ico
UninstallDisplayIcon={app}\labapp.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Files]
; The whole folder: the exes find their libraries and data in _internal\ beside them.
Source: "..\..\dist\labapp\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[InstallDelete]
; An upgrade replaces _internal\ whole: files a newer labapp no longer ships must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\labapp"; Filename: "{app}\labapp.exe"
Name: "{autoprograms}\labapp demo lab"; Filename: "{app}\labapp.exe"; Parameters: "--demo"

[Run]
Filename: "{app}\labapp.exe"; Description: "Open labapp"; Flags: nowait postinstall skipifsilent
