// The neo4j.conf lines that make Browser start the newsgraph way. What Browser 5.24 does with
// them (read from its dbms.clientConfig() after connecting):
// - browser.post_connect_cmd: ";"-separated commands, each run as ":" + command (so no colon
//   here). `style {JSON}` applies a style inline (Browser parses JSON grass); `play URL` opens a
//   remote guide, fetched only from a host on the whitelist below.
// - browser.remote_content_hostname_whitelist: compared by host name, ports ignored.
// - client.allow_telemetry=false: no usage banner, no calls home (this machine is offline).
export const GUIDE_HOSTS = 'guides.neo4j.com,localhost,127.0.0.1';

export function browserConfSettings(styleCommand: string, guideUrl?: string): Record<string, string> {
  const commands = guideUrl ? [styleCommand, `play ${guideUrl}`] : [styleCommand];
  return {
    'browser.post_connect_cmd': commands.join('; '),
    'browser.remote_content_hostname_whitelist': GUIDE_HOSTS,
    'client.allow_telemetry': 'false',
  };
}
