; Included by electron-builder's NSIS installer (nsis.include in electron-builder.yml).
;
; Registers Muwazi for the article formats so it appears in Explorer's "Open with" list, without
; taking any of them over: only OpenWithProgids and the application's SupportedTypes are written,
; never the default value of .txt, .html and the rest, which stays with the user's editor and
; browser. SHELL_CONTEXT is the current user's hive for a per-user install. The file is opened
; with "%1"; the app imports it into the library and shows it.

!define MUWAZI_PROGID "Muwazi.Article"

!macro muwaziAssociate EXT
  WriteRegNone SHELL_CONTEXT "Software\Classes\.${EXT}\OpenWithProgids" "${MUWAZI_PROGID}"
  WriteRegStr SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}\SupportedTypes" ".${EXT}" ""
!macroend

!macro muwaziUnassociate EXT
  DeleteRegValue SHELL_CONTEXT "Software\Classes\.${EXT}\OpenWithProgids" "${MUWAZI_PROGID}"
!macroend

!macro customInstall
  WriteRegStr SHELL_CONTEXT "Software\Classes\${MUWAZI_PROGID}" "" "Muwazi article"
  WriteRegStr SHELL_CONTEXT "Software\Classes\${MUWAZI_PROGID}\DefaultIcon" "" "$appExe,0"
  WriteRegStr SHELL_CONTEXT "Software\Classes\${MUWAZI_PROGID}\shell\open\command" "" '"$appExe" "%1"'
  WriteRegStr SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}" "FriendlyAppName" "${PRODUCT_NAME}"
  WriteRegStr SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}\shell\open\command" "" '"$appExe" "%1"'
  !insertmacro muwaziAssociate "txt"
  !insertmacro muwaziAssociate "md"
  !insertmacro muwaziAssociate "markdown"
  !insertmacro muwaziAssociate "html"
  !insertmacro muwaziAssociate "htm"
  !insertmacro muwaziAssociate "tmx"
  ; Tells Explorer the associations changed (SHCNE_ASSOCCHANGED, SHCNF_IDLIST).
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend

!macro customUnInstall
  !insertmacro muwaziUnassociate "txt"
  !insertmacro muwaziUnassociate "md"
  !insertmacro muwaziUnassociate "markdown"
  !insertmacro muwaziUnassociate "html"
  !insertmacro muwaziUnassociate "htm"
  !insertmacro muwaziUnassociate "tmx"
  DeleteRegKey SHELL_CONTEXT "Software\Classes\${MUWAZI_PROGID}"
  DeleteRegKey SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend
