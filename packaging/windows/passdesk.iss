; Inno Setup script: the Windows installer, wrapped around the one-folder bundle.
;
;   pyinstaller packaging\passdesk.spec --noconfirm --distpath dist --workpath build\pyinstaller
;   iscc /DAppVersion=0.1.0 packaging\windows\passdesk.iss
;
; gives dist\passdesk-<version>-windows-x64-setup.exe. The release workflow
; (.github/workflows/release.yml) runs both. Paths are relative to this file.
; It installs per user by default (no administrator needed at a box-office PC);
; the first page offers "for all users" too. Settings and the database live in
; %LOCALAPPDATA%\passdesk and stay when passdesk is uninstalled.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
; The AppId identifies passdesk to Windows' Apps list across versions: never change it.
AppId={{8C6E2F0B-4D7A-4E59-9B1C-3F5A2D7E6C41}
AppName=passdesk
AppVersion={#AppVersion}
AppVerName=passdesk {#AppVersion}
AppPublisher=passdesk
DefaultDirName={autopf}\passdesk
DefaultGroupName=passdesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\..\build\pyinstaller\passdesk\passdesk.ico
UninstallDisplayIcon={app}\passdesk.exe
OutputDir=..\..\dist
OutputBaseFilename=passdesk-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\passdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\passdesk"; Filename: "{app}\passdesk.exe"
Name: "{autodesktop}\passdesk"; Filename: "{app}\passdesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\passdesk.exe"; Description: "{cm:LaunchProgram,passdesk}"; Flags: nowait postinstall skipifsilent
