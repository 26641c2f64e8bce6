// One-shot, run by the kurrentdb-setup service of compose.cluster.yml with the admin's
// credentials: makes the user the engine connects as, which may read and append but neither
// delete streams nor change their metadata (a $tb or $maxAge there would delete too), and
// cannot scavenge (only $admins and $ops may). Safe to run again: an existing user is kept.
// Needs NODE_EXTRA_CA_CERTS pointing at the cluster's CA certificate.
import { jsonEvent, KurrentDBClient } from '@kurrent/kurrentdb-client';

const required = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set`);
  return value;
};
const node = process.env.KURRENTDB_NODE ?? 'node1:2113';
const adminPassword = required('KURRENTDB_ADMIN_PASSWORD');
const user = process.env.KURRENTDB_APP_USER ?? 'participation';
const password = required('KURRENTDB_APP_PASSWORD');
const admin = `Basic ${Buffer.from(`admin:${adminPassword}`).toString('base64')}`;

const created = await fetch(`https://${node}/users/`, {
  method: 'POST',
  headers: { Authorization: admin, 'Content-Type': 'application/json' },
  body: JSON.stringify({ loginName: user, fullName: 'Participation engine', groups: [], password }),
});
if (!created.ok && created.status !== 409) throw new Error(`creating ${user}: HTTP ${created.status}`);

const client = KurrentDBClient.connectionString(
  `kurrentdb://admin:${encodeURIComponent(adminPassword)}@${node}?tls=true&tlsCAFile=${process.env.NODE_EXTRA_CA_CERTS}`,
);
const both = [user, '$admins'];
// Default ACL of every user stream: append and read, never delete or rewrite metadata.
await client.appendToStream(
  '$settings',
  jsonEvent({
    type: 'update-default-acl',
    data: {
      $userStreamAcl: { $r: both, $w: both, $d: ['$admins'], $mr: both, $mw: ['$admins'] },
      $systemStreamAcl: { $r: ['$admins'], $w: ['$admins'], $d: ['$admins'], $mr: ['$admins'], $mw: ['$admins'] },
    },
  }),
);
// The projector and the evidence log read `$all`.
await client.setStreamMetadata('$all', { acl: { readRoles: both } });
await client.dispose();
console.log(`KurrentDB user ${user}: may read and append; deleting, metadata and scavenging stay with $admins`);
