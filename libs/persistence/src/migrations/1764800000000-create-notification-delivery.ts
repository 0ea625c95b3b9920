import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications that reach people. Users get a mobile phone and an e-mail address; a department
 * gets its leader (责任领导). The outbox `case_notification` learns to carry template params and
 * explicit recipients (a notification about no case), and is expanded once by the dispatcher into
 * `notification_delivery`: one row per recipient and channel, deduplicated by its key, with the
 * status, attempts and the provider's last answer. In-app deliveries are the inbox.
 */
export class CreateNotificationDelivery1764800000000 implements MigrationInterface {
  name = 'CreateNotificationDelivery1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE app_user
        ADD COLUMN mobile_phone text CHECK (mobile_phone ~ '^1[3-9][0-9]{9}$'),
        ADD COLUMN email text CHECK (email ~ '^[^@[:space:]]+@[^@[:space:]]+$')`);
    await queryRunner.query(`
      ALTER TABLE department ADD COLUMN leader_user_id uuid REFERENCES app_user (id)`);
    await queryRunner.query(`
      ALTER TABLE case_notification
        ALTER COLUMN case_number DROP NOT NULL,
        ALTER COLUMN audience DROP NOT NULL,
        ADD COLUMN params jsonb NOT NULL DEFAULT '{}',
        ADD COLUMN recipients jsonb,
        ADD COLUMN dispatched_at timestamptz,
        ADD COLUMN dispatch_attempts integer NOT NULL DEFAULT 0,
        ADD COLUMN next_dispatch_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN undeliverable_reason text,
        ADD CONSTRAINT case_notification_addressed
          CHECK ((case_number IS NOT NULL AND audience IS NOT NULL) OR recipients IS NOT NULL)`);
    await queryRunner.query(`ALTER TABLE case_notification DROP COLUMN delivered_at`);
    await queryRunner.query(`
      CREATE INDEX case_notification_to_dispatch ON case_notification (next_dispatch_at)
        WHERE dispatched_at IS NULL`);
    await queryRunner.query(`
      CREATE INDEX case_notification_undeliverable ON case_notification (id)
        WHERE undeliverable_reason IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE notification_delivery (
        id                bigserial PRIMARY KEY,
        dedupe_key        text NOT NULL UNIQUE,
        notification_id   bigint NOT NULL REFERENCES case_notification (id),
        case_number       text,
        kind              text NOT NULL,
        channel           text NOT NULL CHECK (channel IN ('in_app', 'email', 'sms')),
        recipient_user_id uuid REFERENCES app_user (id),
        recipient_name    text NOT NULL,
        address           text,
        title             text NOT NULL,
        body              text NOT NULL,
        sms               jsonb,
        status            text NOT NULL
                          CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'gave_up', 'skipped')),
        attempts          integer NOT NULL DEFAULT 0,
        next_attempt_at   timestamptz NOT NULL DEFAULT now(),
        claimed_until     timestamptz,
        last_error        text,
        provider_id       text,
        sent_at           timestamptz,
        read_at           timestamptz,
        created_at        timestamptz NOT NULL DEFAULT now(),
        updated_at        timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT notification_delivery_addressed
          CHECK (channel = 'in_app' OR address IS NOT NULL),
        CONSTRAINT notification_delivery_inbox_has_user
          CHECK (channel <> 'in_app' OR recipient_user_id IS NOT NULL)
      )`);
    await queryRunner.query(`
      CREATE INDEX notification_delivery_due ON notification_delivery (next_attempt_at)
        WHERE status IN ('pending', 'failed')`);
    await queryRunner.query(`
      CREATE INDEX notification_delivery_in_doubt ON notification_delivery (claimed_until)
        WHERE status = 'sending'`);
    await queryRunner.query(`
      CREATE INDEX notification_delivery_inbox ON notification_delivery (recipient_user_id, id DESC)
        WHERE channel = 'in_app'`);
    await queryRunner.query(`
      CREATE INDEX notification_delivery_case ON notification_delivery (case_number, id)`);
    await queryRunner.query(`
      CREATE INDEX notification_delivery_gave_up ON notification_delivery (id)
        WHERE status = 'gave_up'`);
    await queryRunner.query(`
      CREATE TABLE notification_preference (
        user_id uuid NOT NULL REFERENCES app_user (id),
        kind    text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('email', 'sms')),
        enabled boolean NOT NULL,
        PRIMARY KEY (user_id, kind, channel)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notification_preference`);
    await queryRunner.query(`DROP TABLE notification_delivery`);
    await queryRunner.query(`DROP INDEX case_notification_undeliverable`);
    await queryRunner.query(`DROP INDEX case_notification_to_dispatch`);
    await queryRunner.query(`DELETE FROM case_notification WHERE case_number IS NULL`);
    await queryRunner.query(`
      ALTER TABLE case_notification
        DROP CONSTRAINT case_notification_addressed,
        DROP COLUMN undeliverable_reason,
        DROP COLUMN next_dispatch_at,
        DROP COLUMN dispatch_attempts,
        DROP COLUMN dispatched_at,
        DROP COLUMN recipients,
        DROP COLUMN params,
        ADD COLUMN delivered_at timestamptz,
        ALTER COLUMN audience SET NOT NULL,
        ALTER COLUMN case_number SET NOT NULL`);
    await queryRunner.query(`
      CREATE INDEX case_notification_undelivered ON case_notification (created_at)
        WHERE delivered_at IS NULL`);
    await queryRunner.query(`ALTER TABLE department DROP COLUMN leader_user_id`);
    await queryRunner.query(`ALTER TABLE app_user DROP COLUMN email, DROP COLUMN mobile_phone`);
  }
}
