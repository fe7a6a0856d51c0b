<#
.SYNOPSIS
  Installs (or upgrades) the OCO-J agent from this unpacked archive and registers it as a Windows service.
.DESCRIPTION
  Copies bin\, lib\, plugins\ (and runtime\ if present) to -InstallDir, writes oco-agent.ini from the example
  with -ApiUrl and -AgentKey unless one exists (an upgrade keeps the computer's keys), restricts it to SYSTEM
  and Administrators, and installs and starts the service "oco-agent" with WinSW (-WinSW: path to WinSW-x64.exe).
  Run from an elevated PowerShell:  .\install.ps1 -ApiUrl https://oco.example/api-agent.php -AgentKey <key> -WinSW C:\tmp\WinSW-x64.exe
#>
param(
    [string]$ApiUrl = "",
    [string]$AgentKey = "",
    [string]$InstallDir = (Join-Path $env:ProgramFiles "OCO Agent"),
    [string]$WinSW = ""
)
$ErrorActionPreference = "Stop"
$source = $PSScriptRoot
$service = Join-Path $InstallDir "oco-agent-service.exe"

if ((Test-Path $service) -and (Get-Service -Name "oco-agent" -ErrorAction SilentlyContinue)) {
    & $service stop | Out-Null
}
New-Item -ItemType Directory -Force -Path $InstallDir, (Join-Path $env:ProgramData "OCO Agent") | Out-Null
foreach ($folder in "bin", "lib", "plugins", "runtime") {
    $target = Join-Path $InstallDir $folder
    if (Test-Path $target) { Remove-Item -Recurse -Force $target }   # no jars of the previous version stay behind
    if (Test-Path (Join-Path $source $folder)) { Copy-Item -Recurse (Join-Path $source $folder) $target }
}
Copy-Item (Join-Path $source "oco-agent-service.xml"), (Join-Path $source "oco-agent.ini.example") $InstallDir -Force

$ini = Join-Path $InstallDir "oco-agent.ini"
if (-not (Test-Path $ini)) {
    $text = (Get-Content -Raw (Join-Path $source "oco-agent.ini.example")).Replace("SERVERURL", $ApiUrl).Replace("AGENTKEY", $AgentKey)
    Set-Content -Path $ini -Value $text -Encoding ASCII
    & icacls $ini /inheritance:r /grant:r "*S-1-5-18:F" "*S-1-5-32-544:F" | Out-Null   # SYSTEM, Administrators
}

if (-not (Test-Path (Join-Path $InstallDir "runtime\bin\java.exe")) -and -not $env:JAVA_HOME -and -not (Get-Command java -ErrorAction SilentlyContinue)) {
    Write-Warning "No Java found: install Java 17 or newer (or add a runtime\ folder) before the service starts."
}
if ($WinSW) {
    Copy-Item $WinSW $service -Force
    if (-not (Get-Service -Name "oco-agent" -ErrorAction SilentlyContinue)) { & $service install }
    & $service start
    Write-Host "OCO agent installed in $InstallDir and started (service oco-agent)."
} else {
    Write-Host "OCO agent installed in $InstallDir. Register the service with WinSW: copy WinSW-x64.exe to $service, then run '$service install' and '$service start'."
}
