-- Appending a transcript line looks up whether its conversation is already a safety case.
CREATE INDEX transcripts_conversation_kind ON transcripts (conversation_id, kind);
