#!/usr/bin/env bash
# Calls one operation of the hub's Enforcement SOAP service with curl, as docs/enforcement.md shows:
#   docs/enforcement-call.sh <client> <password> <Operation> < body.xml
# The body (on stdin) is the content of <e:<Operation>Request>, with the prefix e = urn:sanxiang:enforcement:v1.
# The script adds the SOAP envelope and a WS-Security UsernameToken (PasswordText, a fresh wsse:Nonce and
# wsu:Created, which the hub requires: a token is accepted once, within its replay window) and prints the answer.
# HUB (default http://127.0.0.1:8181) points it at another hub. Exit status 1 when the answer is a SOAP fault.
set -euo pipefail
if [ $# -ne 3 ]; then
  echo "usage: $0 <client> <password> <Operation> < body.xml" >&2
  exit 2
fi
user=$1
password=$2
op=$3
hub=${HUB:-http://127.0.0.1:8181}
body=$(cat)
nonce=$(head -c 16 /dev/urandom | base64)
created=$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)
answer=$(curl -s -S -H 'Content-Type: text/xml; charset=UTF-8' -H "SOAPAction: \"urn:sanxiang:enforcement:v1:$op\"" \
  --data-binary @- "$hub/cxf/hub/enforcement" <<XML
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:e="urn:sanxiang:enforcement:v1">
  <soapenv:Header>
    <wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
                   xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">
      <wsse:UsernameToken>
        <wsse:Username>$user</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">$password</wsse:Password>
        <wsse:Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">$nonce</wsse:Nonce>
        <wsu:Created>$created</wsu:Created>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body><e:${op}Request>$body</e:${op}Request></soapenv:Body>
</soapenv:Envelope>
XML
)
echo "$answer"
case "$answer" in
  *Fault\>*) exit 1 ;;
esac
