-- Files attached to an outgoing e-mail (a contact message's attachment, later scheduled reports), written in the
-- transaction of their message and dropped with its body after the retention. They are stored as given, like the
-- files they come from (e.g. contact_message.attachment): unlike subjects and bodies they carry no live links.
create table mail_attachment (
    mail_id      bigint       not null references mail_outbox (id) on delete cascade,
    position     int          not null,
    file_name    varchar(200) not null,
    content_type varchar(100) not null,
    content      bytea        not null,
    primary key (mail_id, position)
);
