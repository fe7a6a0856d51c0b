@echo off
rem Starts the OCO-J agent on Windows; works from any directory.
rem The Java runtime: runtime\ next to bin\ (a jlink image a release machine adds), else JAVA_HOME, else java
rem on PATH (Java 17 or newer). OCO_AGENT_JAVA_OPTS adds JVM options. The service passes
rem --config "<install folder>\oco-agent.ini"; give it yourself when running by hand, e.g. with --once.
setlocal
for %%I in ("%~dp0..") do set "OCO_HOME=%%~fI"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
if exist "%OCO_HOME%\runtime\bin\java.exe" set "JAVA=%OCO_HOME%\runtime\bin\java.exe"
"%JAVA%" %OCO_AGENT_JAVA_OPTS% -Doco.agent.home="%OCO_HOME%" -cp "%OCO_HOME%\lib\*" org.ocoj.agent.cli.AgentCommand %*
exit /b %ERRORLEVEL%
