import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notifications' own tables (ADR 0034): the process manager's checkpoint and the little it
 * remembers of each stream, the outbox it writes in the same transaction, the staff directory,
 * who follows what, and residents who asked for no more mail. A resident's address is never a
 * column here: the outbox holds it sealed under the person's key, as the event did.
 */
export class CreateNotificationTables1766500000000 implements MigrationInterface {
  readonly name = 'CreateNotificationTables1766500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notification_checkpoints (
        name text PRIMARY KEY,
        position bigint NOT NULL
      )`);
    await queryRunner.query(`INSERT INTO notification_checkpoints (name, position) VALUES ('reactions', -1)`);
    await queryRunner.query(`
      CREATE TABLE notification_context (
        id text PRIMARY KEY,
        doc jsonb NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE notification_outbox (
        id uuid PRIMARY KEY,
        kind text NOT NULL,
        audience text NOT NULL CHECK (audience IN ('staff', 'resident')),
        recipient text NOT NULL,
        sealed_address jsonb,
        subject text NOT NULL,
        body text NOT NULL,
        link text NOT NULL,
        source text NOT NULL,
        status text NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'held', 'sending', 'sent', 'kept', 'failed', 'dropped', 'digested')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        caused_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        claimed_at timestamptz,
        sent_at timestamptz
      )`);
    await queryRunner.query(`
      CREATE INDEX notification_outbox_due ON notification_outbox (next_attempt_at)
        WHERE status IN ('pending', 'sending')`);
    await queryRunner.query(`
      CREATE INDEX notification_outbox_held ON notification_outbox (recipient) WHERE status = 'held'`);
    await queryRunner.query(`
      CREATE TABLE notification_recipients (
        subject text PRIMARY KEY,
        email text NOT NULL,
        display_name text,
        roles text[] NOT NULL DEFAULT '{}',
        body_ids text[] NOT NULL DEFAULT '{}',
        weekly_digest boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE notification_follows (
        subject text NOT NULL,
        topic_kind text NOT NULL CHECK (topic_kind IN ('trajectory', 'proposal')),
        topic_id text NOT NULL,
        followed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (topic_kind, topic_id, subject)
      )`);
    await queryRunner.query(`
      CREATE TABLE notification_opt_outs (
        person_id text PRIMARY KEY,
        opted_out_at timestamptz NOT NULL DEFAULT now()
      )`);

    // The key that signs residents' stop links, made once for every process on this database.
    await queryRunner.query(`
      CREATE TABLE notification_settings (
        name text PRIMARY KEY,
        value text NOT NULL
      )`);
    await queryRunner.query(
      `INSERT INTO notification_settings (name, value) VALUES ('stop-link-key', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'notification_settings',
      'notification_opt_outs',
      'notification_follows',
      'notification_recipients',
      'notification_outbox',
      'notification_context',
      'notification_checkpoints',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
