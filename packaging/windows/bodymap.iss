; Inno Setup 6 script for a Windows installer of the one-folder bundle (dist\bodymap).
; Build on Windows after `pyinstaller packaging\bodymap.spec`:
;     iscc /DAppVersion=0.1.0 packaging\windows\bodymap.iss
; Written from the Inno Setup documentation; not yet run (docs/packaging.md says what to check).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6B1D3C52-4C7A-4F0E-9B7E-2D8A51C0B7A1}
AppName=bodymap
AppVersion={#AppVersion}
AppPublisher=bodymap
DefaultDirName={autopf}\bodymap
DefaultGroupName=bodymap
DisableProgramGroupPage=yes
LicenseFile=..\..\LICENSE
OutputDir=..\..\dist
OutputBaseFilename=bodymap-{#AppVersion}-setup
SetupIconFile=..\..\assets\icons\bodymap.ico
UninstallDisplayIcon={app}\bodymap.exe
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Per-user or for all users, as the person installing chooses.
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Files]
Source: "..\..\dist\bodymap\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\bodymap"; Filename: "{app}\bodymap.exe"
Name: "{autodesktop}\bodymap"; Filename: "{app}\bodymap.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
; Windows associates files by their last extension only (.json), so sessions cannot get a type
; of their own: bodymap is offered under "Open with" for .json files, without taking them over.
Root: HKA; Subkey: "Software\Classes\bodymap.session"; ValueType: string; ValueName: ""; ValueData: "bodymap session"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\bodymap.session\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\bodymap.exe,0"
Root: HKA; Subkey: "Software\Classes\bodymap.session\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\bodymap.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "bodymap.session"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\bodymap.exe\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\bodymap.exe"; Description: "{cm:LaunchProgram,bodymap}"; Flags: nowait postinstall skipifsilent
