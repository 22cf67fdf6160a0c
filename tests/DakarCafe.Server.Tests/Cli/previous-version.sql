-- The database DakarCafé made at commit 7782efd (the last version before reviewed schema scripts), with its sample data:
-- pg_dump --inserts --no-owner --no-privileges, the commit log's rows left out. CliTests loads it to test an upgrade.
--
-- PostgreSQL database dump
--

\restrict QmQXi520bgAM2VdY4iWLT7RfVYc6AQ78PhLfgXh3jraCO3Sew1Gd3i3iu6G4zJE

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: dakarcafe; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA dakarcafe;


--
-- Name: openiddict; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA openiddict;


--
-- Name: log_document_write(); Type: FUNCTION; Schema: dakarcafe; Owner: -
--

CREATE FUNCTION dakarcafe.log_document_write() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
    if tg_op = 'UPDATE' and old.data = new.data then
        return null;
    end if;
    insert into dakarcafe.writes (table_name, op, old_data, new_data, doc_id) values (
        tg_table_schema || '.' || tg_table_name, left(tg_op, 1),
        case when tg_op <> 'INSERT' then old.data end,
        case when tg_op <> 'DELETE' then new.data end,
        case when tg_op = 'DELETE' then old.id::text else new.id::text end);
    return null;
end $$;


--
-- Name: log_receipt(); Type: FUNCTION; Schema: dakarcafe; Owner: -
--

CREATE FUNCTION dakarcafe.log_receipt() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
    insert into dakarcafe.writes (table_name, op, new_data) values ('dakarcafe.mutation_receipts', 'I',
        jsonb_build_object('sessionId', new.session_id, 'requestId', new.request_id));
    return null;
end $$;


--
-- Name: log_truncate(); Type: FUNCTION; Schema: dakarcafe; Owner: -
--

CREATE FUNCTION dakarcafe.log_truncate() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
    insert into dakarcafe.writes (table_name, op) values (tg_table_schema || '.' || tg_table_name, 'T');
    return null;
end $$;


--
-- Name: stamp_commit(); Type: FUNCTION; Schema: dakarcafe; Owner: -
--

CREATE FUNCTION dakarcafe.stamp_commit() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
declare
    me text := pg_current_xact_id()::text;
    v bigint;
begin
    if current_setting('dakarcafe.stamped_xid', true) = me then
        return null;
    end if;
    perform pg_advisory_xact_lock(15001431441410);
    v := nextval('dakarcafe.versions');
    insert into dakarcafe.commits (version, xid) values (v, pg_current_xact_id());
    perform pg_notify('dakarcafe_commits', v::text);
    perform set_config('dakarcafe.stamped_xid', me, true);
    return null;
end $$;


--
-- Name: mt_archive_stream(uuid); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_archive_stream(streamid uuid) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
  update public.mt_streams set is_archived = TRUE where id = streamid ;
  update public.mt_events set is_archived = TRUE where stream_id = streamid ;
END;
$$;


--
-- Name: mt_grams_array(text, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_grams_array(words text, use_unaccent boolean DEFAULT false) RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $$
        DECLARE
result text[];
        DECLARE
word text;
        DECLARE
clean_word text;
BEGIN
                FOREACH
word IN ARRAY string_to_array(words, ' ')
                LOOP
                     clean_word = regexp_replace(public.mt_safe_unaccent(use_unaccent, word), '[^a-zA-Z0-9]+', '','g');
FOR i IN 1 .. length(clean_word)
                     LOOP
                         result := result || quote_literal(substr(lower(clean_word), i, 1));
                         result
:= result || quote_literal(substr(lower(clean_word), i, 2));
                         result
:= result || quote_literal(substr(lower(clean_word), i, 3));
END LOOP;
END LOOP;

RETURN ARRAY(SELECT DISTINCT e FROM unnest(result) AS a(e) ORDER BY e);
END;
$$;


--
-- Name: mt_grams_query(text, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_grams_query(text, use_unaccent boolean DEFAULT false) RETURNS tsquery
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $_$
BEGIN
RETURN (SELECT array_to_string(public.mt_grams_array($1, use_unaccent), ' & ') ::tsquery);
END
$_$;


--
-- Name: mt_grams_vector(text, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_grams_vector(text, use_unaccent boolean DEFAULT false) RETURNS tsvector
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $_$
BEGIN
RETURN (SELECT array_to_string(public.mt_grams_array($1, use_unaccent), ' ') ::tsvector);
END
$_$;


--
-- Name: mt_immutable_date(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_immutable_date(value text) RETURNS date
    LANGUAGE sql IMMUTABLE
    AS $$
select value::date

$$;


--
-- Name: mt_immutable_time(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_immutable_time(value text) RETURNS time without time zone
    LANGUAGE sql IMMUTABLE
    AS $$
select value::time

$$;


--
-- Name: mt_immutable_timestamp(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_immutable_timestamp(value text) RETURNS timestamp without time zone
    LANGUAGE sql IMMUTABLE
    AS $$
select value::timestamp

$$;


--
-- Name: mt_immutable_timestamptz(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_immutable_timestamptz(value text) RETURNS timestamp with time zone
    LANGUAGE sql IMMUTABLE
    AS $$
select value::timestamptz

$$;


--
-- Name: mt_jsonb_append(jsonb, text[], jsonb, boolean, jsonb); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_jsonb_append(jsonb, text[], jsonb, boolean, jsonb DEFAULT NULL::jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    val ALIAS FOR $3;
    if_not_exists ALIAS FOR $4;
    patch_expression ALIAS FOR $5;
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'array' THEN
        CASE
            WHEN NOT if_not_exists THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            WHEN patch_expression IS NULL AND jsonb_typeof(val) = 'object' AND NOT tmp_value @> jsonb_build_array(val) THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            WHEN patch_expression IS NULL AND jsonb_typeof(val) <> 'object' AND NOT tmp_value @> val THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            WHEN patch_expression IS NOT NULL AND jsonb_typeof(patch_expression) = 'array' AND jsonb_array_length(patch_expression) = 0 THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            ELSE NULL;
            END CASE;
    END IF;
    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_append_key_value(jsonb, text[], jsonb, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_jsonb_append_key_value(jsonb, text[], jsonb, boolean) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    val ALIAS FOR $3;
    if_not_exists ALIAS FOR $4;
    tmp_value jsonb;
    _key text;
BEGIN
    tmp_value = retval #> location;

    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'object' THEN
        CASE
            WHEN NOT if_not_exists THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            WHEN NOT tmp_value ?| ARRAY(SELECT jsonb_object_keys(val)) THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            ELSE NULL;
        END CASE;
    END IF;
    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_copy(jsonb, text[], text[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_jsonb_copy(jsonb, text[], text[]) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    src_path ALIAS FOR $2;
    dst_path ALIAS FOR $3;
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> src_path;
    retval = public.mt_jsonb_fix_null_parent(retval, dst_path);
    RETURN jsonb_set(retval, dst_path, tmp_value::jsonb, TRUE);
END;
$_$;


--
-- Name: mt_jsonb_duplicate(jsonb, text[], jsonb); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_jsonb_duplicate(jsonb, text[], jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    targets ALIAS FOR $3;
    tmp_value jsonb;
    target_path text[];
    target text;
BEGIN
    FOR target IN SELECT jsonb_array_elements_text(targets)
    LOOP
        target_path = public.mt_jsonb_path_to_array(target, '\.');
        retval = public.mt_jsonb_copy(retval, location, target_path);
    END LOOP;

    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_fix_null_parent(jsonb, text[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_jsonb_fix_null_parent(jsonb, text[]) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
retval ALIAS FOR $1;
    dst_path ALIAS FOR $2;
    dst_path_segment text[] = ARRAY[]::text[];
    dst_path_array_length integer;
    i integer = 1;
BEGIN
    dst_path_array_length = array_length(dst_path, 1);
    WHILE i <=(dst_path_array_length - 1)
    LOOP
        dst_path_segment = dst_path_segment || ARRAY[dst_path[i]];
        IF retval #> dst_path_segment IS NULL OR retval #> dst_path_segment = 'null'::jsonb THEN
            retval = jsonb_set(retval, dst_path_segment, '{}'::jsonb, TRUE);
        END IF;
        i = i + 1;
    END LOOP;

    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_increment(jsonb, text[], numeric); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_jsonb_increment(jsonb, text[], numeric) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
retval ALIAS FOR $1;
    location ALIAS FOR $2;
    increment_value ALIAS FOR $3;
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NULL THEN
        tmp_value = to_jsonb(0);
END IF;

RETURN jsonb_set(retval, location, to_jsonb(tmp_value::numeric + increment_value), TRUE);
END;
$_$;


--
-- Name: mt_jsonb_insert(jsonb, text[], jsonb, integer, boolean, jsonb); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_jsonb_insert(jsonb, text[], jsonb, integer, boolean, jsonb DEFAULT NULL::jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    val ALIAS FOR $3;
    elm_index ALIAS FOR $4;
    if_not_exists ALIAS FOR $5;
    patch_expression ALIAS FOR $6;
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'array' THEN
        IF elm_index IS NULL THEN
            elm_index = jsonb_array_length(tmp_value) + 1;
        END IF;
        CASE
            WHEN NOT if_not_exists THEN
                retval = jsonb_insert(retval, location || elm_index::text, val);
            WHEN patch_expression IS NULL AND jsonb_typeof(val) = 'object' AND NOT tmp_value @> jsonb_build_array(val) THEN
                retval = jsonb_insert(retval, location || elm_index::text, val);
            WHEN patch_expression IS NULL AND jsonb_typeof(val) <> 'object' AND NOT tmp_value @> val THEN
                retval = jsonb_insert(retval, location || elm_index::text, val);
            WHEN patch_expression IS NOT NULL AND jsonb_typeof(patch_expression) = 'array' AND jsonb_array_length(patch_expression) = 0 THEN
                retval = jsonb_insert(retval, location || elm_index::text, val);
            ELSE NULL;
        END CASE;
    END IF;
    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_move(jsonb, text[], text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_jsonb_move(jsonb, text[], text) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    src_path ALIAS FOR $2;
    dst_name ALIAS FOR $3;
    dst_path text[];
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> src_path;
    retval = retval #- src_path;
    dst_path = src_path;
    dst_path[array_length(dst_path, 1)] = dst_name;
    retval = public.mt_jsonb_fix_null_parent(retval, dst_path);
    RETURN jsonb_set(retval, dst_path, tmp_value, TRUE);
END;
$_$;


--
-- Name: mt_jsonb_patch(jsonb, jsonb); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_jsonb_patch(jsonb, jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    patchset ALIAS FOR $2;
    patch jsonb;
    patch_path text[];
    patch_expression jsonb;
    value jsonb;
BEGIN
    FOR patch IN SELECT * from jsonb_array_elements(patchset)
    LOOP
        patch_path = public.mt_jsonb_path_to_array((patch->>'path')::text, '\.');

        patch_expression = null;
        IF (patch->>'type') IN ('remove', 'append_if_not_exists', 'insert_if_not_exists') AND (patch->>'expression') IS NOT NULL THEN
            patch_expression = jsonb_path_query_array(retval #> patch_path, (patch->>'expression')::jsonpath);
        END IF;

        CASE patch->>'type'
            WHEN 'set' THEN
                retval = jsonb_set(retval, patch_path, (patch->'value')::jsonb, TRUE);
            WHEN 'delete' THEN
                retval = retval#-patch_path;
            WHEN 'append' THEN
                retval = public.mt_jsonb_append(retval, patch_path, (patch->'value')::jsonb, FALSE);
            WHEN 'append_if_not_exists' THEN
                retval = public.mt_jsonb_append(retval, patch_path, (patch->'value')::jsonb, TRUE, patch_expression);
            WHEN 'append_key_value' THEN
                retval = public.mt_jsonb_append_key_value(retval, patch_path, (patch->'key_value')::jsonb, FALSE);
            WHEN 'append_key_value_if_not_exists' THEN
                retval = public.mt_jsonb_append_key_value(retval, patch_path, (patch->'key_value')::jsonb, TRUE);
            WHEN 'insert' THEN
                retval = public.mt_jsonb_insert(retval, patch_path, (patch->'value')::jsonb, (patch->>'index')::integer, FALSE);
            WHEN 'insert_if_not_exists' THEN
                retval = public.mt_jsonb_insert(retval, patch_path, (patch->'value')::jsonb, (patch->>'index')::integer, TRUE, patch_expression);
            WHEN 'remove' THEN
                retval = public.mt_jsonb_remove(retval, patch_path, COALESCE(patch_expression, (patch->'value')::jsonb));
            WHEN 'remove_key' THEN
                retval = public.mt_jsonb_remove_key(retval, patch_path, (patch->>'key'));
            WHEN 'duplicate' THEN
                retval = public.mt_jsonb_duplicate(retval, patch_path, (patch->'targets')::jsonb);
            WHEN 'rename' THEN
                retval = public.mt_jsonb_move(retval, patch_path, (patch->>'to')::text);
            WHEN 'increment' THEN
                retval = public.mt_jsonb_increment(retval, patch_path, (patch->>'increment')::numeric);
            WHEN 'increment_float' THEN
                retval = public.mt_jsonb_increment(retval, patch_path, (patch->>'increment')::numeric);
            ELSE NULL;
        END CASE;
    END LOOP;
    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_path_to_array(text, character); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_jsonb_path_to_array(text, character) RETURNS text[]
    LANGUAGE plpgsql
    AS $_$
DECLARE
    location ALIAS FOR $1;
    regex_pattern ALIAS FOR $2;
BEGIN
RETURN regexp_split_to_array(location, regex_pattern)::text[];
END;
$_$;


--
-- Name: mt_jsonb_remove(jsonb, text[], jsonb); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_jsonb_remove(jsonb, text[], jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    val ALIAS FOR $3;
    tmp_value jsonb;
    tmp_remove jsonb;
    patch_remove jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'array' THEN
        IF jsonb_typeof(val) = 'array' THEN
            tmp_remove = val;
        ELSE
            tmp_remove = jsonb_build_array(val);
        END IF;

        FOR patch_remove IN SELECT * FROM jsonb_array_elements(tmp_remove)
        LOOP
            tmp_value =(SELECT jsonb_agg(elem)
            FROM jsonb_array_elements(tmp_value) AS elem
            WHERE elem <> patch_remove);
        END LOOP;

        IF tmp_value IS NULL THEN
            tmp_value = '[]'::jsonb;
        END IF;
    END IF;
    RETURN jsonb_set(retval, location, tmp_value, FALSE);
END;
$_$;


--
-- Name: mt_jsonb_remove_key(jsonb, text[], text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_jsonb_remove_key(jsonb, text[], text) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    _key ALIAS FOR $3;
    tmp_value jsonb;
    tmp_remove jsonb;
    patch_remove jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'object' THEN
        RETURN jsonb_set(retval, location, tmp_value - _key, FALSE);
    END IF;
    RETURN retval;
END;
$_$;


--
-- Name: mt_mark_event_progression(character varying, bigint); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_mark_event_progression(name character varying, last_encountered bigint) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
INSERT INTO public.mt_event_progression (name, last_seq_id, last_updated)
VALUES (name, last_encountered, transaction_timestamp())
ON CONFLICT ON CONSTRAINT pk_mt_event_progression
    DO
UPDATE SET last_seq_id = last_encountered, last_updated = transaction_timestamp();

END;

$$;


--
-- Name: mt_mark_progression_with_skip(character varying, bigint, bigint); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_mark_progression_with_skip(shard_name character varying, ending_sequence bigint, starting_sequence bigint) RETURNS bigint
    LANGUAGE plpgsql
    AS $$
DECLARE
    current_value bigint;
BEGIN
    select last_seq_id into current_value from public.mt_event_progression where name = shard_name;

    IF current_value is null then
        -- Bootstrap the high-water row on first invocation. Previously this branch
        -- returned 0, which left HighWaterAgent.CheckNowAsync polling forever because
        -- statistics.CurrentMark never advanced. Issue #4425.
        INSERT INTO public.mt_event_progression (name, last_seq_id, last_updated)
        VALUES (shard_name, ending_sequence, transaction_timestamp())
        ON CONFLICT ON CONSTRAINT pk_mt_event_progression
            DO UPDATE SET last_seq_id = ending_sequence, last_updated = transaction_timestamp();
        IF ending_sequence > starting_sequence THEN
            -- Idempotent: a rebuild/replay re-marks the same skip (ending_sequence is the
            -- PK). Re-recording an existing gap is a no-op. Conflict target is the PK
            -- constraint (the bare column name collides with the function parameter). #4530.
            insert into public.mt_high_water_skips (ending_sequence, starting_sequence) values (ending_sequence, starting_sequence)
                on conflict on constraint pkey_mt_high_water_skips_ending_sequence do nothing;
        END IF;
        return ending_sequence;
    ELSIF current_value = starting_sequence THEN
        update public.mt_event_progression SET last_seq_id = ending_sequence, last_updated = transaction_timestamp() where shard_name = name;
        insert into public.mt_high_water_skips (ending_sequence, starting_sequence) values (ending_sequence, starting_sequence)
            on conflict on constraint pkey_mt_high_water_skips_ending_sequence do nothing;
        return ending_sequence;
    ELSE
        return current_value;
    END IF;
END
$$;


--
-- Name: mt_quick_append_events(uuid, character varying, character varying, uuid[], character varying[], character varying[], jsonb[], bytea[], timestamp with time zone[], bigint); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_quick_append_events(stream uuid, stream_type character varying, tenantid character varying, event_ids uuid[], event_types character varying[], dotnet_types character varying[], bodies jsonb[], bdatas bytea[], timestamps timestamp with time zone[], expected_version bigint DEFAULT NULL::bigint) RETURNS bigint[]
    LANGUAGE plpgsql
    AS $$
DECLARE
	event_version bigint;
	stream_is_archived boolean;
	event_type varchar;
	event_id uuid;
	body jsonb;
	index int;
	seq bigint;
    actual_tenant varchar;
    is_new_stream boolean := false;
	return_value bigint[];
BEGIN
    if expected_version IS NOT NULL then
        -- COALESCE turns the NULL we get for a brand-new stream into 0, so a
        -- FetchForWriting against a non-existent stream (which sets
        -- ExpectedVersionOnServer = 0) and a StartStream(id, version: 0) both
        -- land on the new-stream branch instead of mis-firing the guard.
        select version, is_archived into event_version, stream_is_archived from public.mt_streams where id = stream;
        if COALESCE(event_version, 0) != expected_version then
            RAISE EXCEPTION 'Stream version mismatch on ''%'': expected %, actual %', stream, expected_version, COALESCE(event_version, 0) USING ERRCODE = 'MT003';
        end if;
    else
        select version, is_archived into event_version, stream_is_archived from public.mt_streams where id = stream;
    end if;

	if event_version IS NULL then
		event_version = 0;
		is_new_stream := true;
		-- #5456 follow-up: insert the FINAL version straight away rather than 0 plus a
		-- trailing UPDATE of the row we just wrote in this same transaction. That UPDATE
		-- is a second heap tuple + WAL record per stream creation for no observable gain
		-- -- nothing outside this transaction can see the intermediate 0. The trailing
		-- UPDATE below is skipped for this branch via is_new_stream.
		insert into public.mt_streams (id, type, version, timestamp, tenant_id) values (stream, stream_type, COALESCE(array_length(event_ids, 1), 0), now(), tenantid);
    else
        if stream_is_archived then
            RAISE EXCEPTION 'Attempted to append event to archived stream with Id ''%''.', stream USING ERRCODE = 'MT001';
        end if;
        if tenantid IS NOT NULL then
            select tenant_id into actual_tenant from public.mt_streams where id = stream;
            if actual_tenant != tenantid then
                RAISE EXCEPTION 'The tenantid does not match the existing stream';
            end if;
        end if;
	end if;

	index := 1;
	-- #5062: array_length('{}', 1) is NULL in PostgreSQL, not 0, so a call with an
	-- empty event array used to return ARRAY[NULL] -- a bigint[] whose only element
	-- is NULL, which Npgsql cannot read into long[] ('Cannot read a non-nullable
	-- collection of elements because the returned array contains nulls'). COALESCE
	-- makes the empty case mean what it says: zero events appended, so the final
	-- version is the stream's current version.
	return_value := ARRAY[event_version + COALESCE(array_length(event_ids, 1), 0)];

	foreach event_id in ARRAY event_ids
	loop
        seq := nextval('public.mt_events_sequence');
		return_value := array_append(return_value, seq);

	    event_version := event_version + 1;
		event_type = event_types[index];
		body = bodies[index];

		-- #4515 / #4578 / Phase 2: bdatas[index] carries the binary payload
		-- for events opted in to binary serialization (NULL otherwise).
		-- bodies[index] is the {} JSON placeholder for those events so the
		-- existing data jsonb NOT NULL constraint stays intact.
		insert into public.mt_events
			(seq_id, id, stream_id, version, data, bdata, type, tenant_id, timestamp, mt_dotnet_type, is_archived)
		values
			(seq, event_id, stream, event_version, body, bdatas[index], event_type, tenantid, timestamps[index], dotnet_types[index], FALSE);

		index := index + 1;
	end loop;

	-- A brand-new stream already carries its final version from the insert above, so the
	-- UPDATE is only needed when we appended onto a stream that already existed.
	--
	-- #5539: and only when we actually appended something. With ZERO events this was a BLIND write-back
	-- of the version read at the top of the function, and under READ COMMITTED that is a lost update: the
	-- UPDATE waits on a concurrent appender's row lock, the winner commits, the WHERE clause is
	-- re-evaluated against the new row, and `set version = <the stale value>` lands -- leaving
	-- mt_streams.version BELOW the stream's own events. Every later append then computes a version that
	-- already exists and dies on pk_mt_events_stream_and_version, forever, until the row is repaired by
	-- hand. A non-empty call cannot do this: its first INSERT collides with the winner on that same
	-- primary key and rolls the whole thing back, which is why only the empty case was exposed.
	--
	-- Two independent guards, because either alone would have been enough and the cost of both is nil:
	--   * the append count -- appending nothing has nothing to write, so the correct number of statements
	--     is zero rather than one that happens to be harmless;
	--   * greatest(), so the write-back can never LOWER a stream's version whoever calls it. An append
	--     only ever moves a version forward, so this is a no-op on every correct path and a backstop on
	--     any future caller that reads the version and then writes it back.
	if not is_new_stream and COALESCE(array_length(event_ids, 1), 0) > 0 then
		update public.mt_streams set version = greatest(version, event_version), timestamp = now() where id = stream;
	end if;

	return return_value;
END
$$;


--
-- Name: mt_safe_unaccent(boolean, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mt_safe_unaccent(use_unaccent boolean, word text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $$
BEGIN
IF use_unaccent THEN
    RETURN public.unaccent(word);
ELSE
    RETURN word;
END IF;
END;
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: commits; Type: TABLE; Schema: dakarcafe; Owner: -
--

CREATE TABLE dakarcafe.commits (
    version bigint NOT NULL,
    xid xid8 NOT NULL,
    committed_at timestamp with time zone DEFAULT clock_timestamp() NOT NULL
);


--
-- Name: crons; Type: TABLE; Schema: dakarcafe; Owner: -
--

CREATE TABLE dakarcafe.crons (
    name text NOT NULL,
    next_run timestamp with time zone NOT NULL
);


--
-- Name: flushes; Type: TABLE; Schema: dakarcafe; Owner: -
--

CREATE TABLE dakarcafe.flushes (
    id integer DEFAULT 1 NOT NULL,
    count bigint NOT NULL,
    CONSTRAINT flushes_id_check CHECK ((id = 1))
);


--
-- Name: log_horizon; Type: TABLE; Schema: dakarcafe; Owner: -
--

CREATE TABLE dakarcafe.log_horizon (
    id integer DEFAULT 1 NOT NULL,
    pruned_through bigint NOT NULL,
    CONSTRAINT log_horizon_id_check CHECK ((id = 1))
);


--
-- Name: mutation_receipts; Type: TABLE; Schema: dakarcafe; Owner: -
--

CREATE TABLE dakarcafe.mutation_receipts (
    session_id text NOT NULL,
    request_id bigint NOT NULL,
    result bytea,
    xid xid8 DEFAULT pg_current_xact_id() NOT NULL,
    created_at timestamp with time zone DEFAULT clock_timestamp() NOT NULL
);


--
-- Name: seq_order_numbers; Type: SEQUENCE; Schema: dakarcafe; Owner: -
--

CREATE SEQUENCE dakarcafe.seq_order_numbers
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: versions; Type: SEQUENCE; Schema: dakarcafe; Owner: -
--

CREATE SEQUENCE dakarcafe.versions
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: writes; Type: TABLE; Schema: dakarcafe; Owner: -
--

CREATE TABLE dakarcafe.writes (
    seq bigint NOT NULL,
    xid xid8 DEFAULT pg_current_xact_id() NOT NULL,
    table_name text NOT NULL,
    op character(1) NOT NULL,
    old_data jsonb,
    new_data jsonb,
    doc_id text
);


--
-- Name: writes_seq_seq; Type: SEQUENCE; Schema: dakarcafe; Owner: -
--

CREATE SEQUENCE dakarcafe.writes_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: writes_seq_seq; Type: SEQUENCE OWNED BY; Schema: dakarcafe; Owner: -
--

ALTER SEQUENCE dakarcafe.writes_seq_seq OWNED BY dakarcafe.writes.seq;


--
-- Name: OpenIddictApplications; Type: TABLE; Schema: openiddict; Owner: -
--

CREATE TABLE openiddict."OpenIddictApplications" (
    "Id" text NOT NULL,
    "ApplicationType" character varying(50),
    "ClientId" character varying(100),
    "ClientSecret" text,
    "ClientType" character varying(50),
    "ConcurrencyToken" character varying(50),
    "ConsentType" character varying(50),
    "DisplayName" text,
    "DisplayNames" text,
    "JsonWebKeySet" text,
    "Permissions" text,
    "PostLogoutRedirectUris" text,
    "Properties" text,
    "RedirectUris" text,
    "Requirements" text,
    "Settings" text
);


--
-- Name: OpenIddictAuthorizations; Type: TABLE; Schema: openiddict; Owner: -
--

CREATE TABLE openiddict."OpenIddictAuthorizations" (
    "Id" text NOT NULL,
    "ApplicationId" text,
    "ConcurrencyToken" character varying(50),
    "CreationDate" timestamp with time zone,
    "Properties" text,
    "Scopes" text,
    "Status" character varying(50),
    "Subject" character varying(400),
    "Type" character varying(50)
);


--
-- Name: OpenIddictScopes; Type: TABLE; Schema: openiddict; Owner: -
--

CREATE TABLE openiddict."OpenIddictScopes" (
    "Id" text NOT NULL,
    "ConcurrencyToken" character varying(50),
    "Description" text,
    "Descriptions" text,
    "DisplayName" text,
    "DisplayNames" text,
    "Name" character varying(200),
    "Properties" text,
    "Resources" text
);


--
-- Name: OpenIddictTokens; Type: TABLE; Schema: openiddict; Owner: -
--

CREATE TABLE openiddict."OpenIddictTokens" (
    "Id" text NOT NULL,
    "ApplicationId" text,
    "AuthorizationId" text,
    "ConcurrencyToken" character varying(50),
    "CreationDate" timestamp with time zone,
    "ExpirationDate" timestamp with time zone,
    "Payload" text,
    "Properties" text,
    "RedemptionDate" timestamp with time zone,
    "ReferenceId" character varying(100),
    "Status" character varying(50),
    "Subject" character varying(400),
    "Type" character varying(150)
);


--
-- Name: mt_doc_account; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_doc_account (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_analyticsevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_doc_analyticsevent (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying,
    event character varying,
    occurred_at timestamp with time zone,
    user_id uuid
);


--
-- Name: mt_doc_cart; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_doc_cart (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_category; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_doc_category (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_deadletterevent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_doc_deadletterevent (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_deliverysubscription; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_doc_deliverysubscription (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_helpfulvote; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_doc_helpfulvote (
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_notification; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_doc_notification (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_order; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_doc_order (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL
);


--
-- Name: mt_doc_payment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_doc_payment (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_product; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_doc_product (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_productreviewstats; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_doc_productreviewstats (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_pushdevices; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_doc_pushdevices (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_review; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_doc_review (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL
);


--
-- Name: mt_doc_scheduledjob; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_doc_scheduledjob (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying,
    state integer,
    run_at timestamp with time zone,
    claimed_until timestamp with time zone
);


--
-- Name: mt_doc_storedfile; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_doc_storedfile (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_uploadticket; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_doc_uploadticket (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_doc_user (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_event_progression; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_event_progression (
    name character varying NOT NULL,
    last_seq_id bigint,
    last_updated timestamp with time zone DEFAULT transaction_timestamp(),
    mode character varying DEFAULT 'none'::character varying,
    rebuild_threshold integer DEFAULT 0,
    assigned_node integer DEFAULT 0,
    heartbeat timestamp with time zone,
    agent_status character varying(20),
    pause_reason text,
    running_on_node integer,
    warning_behind_threshold bigint,
    critical_behind_threshold bigint,
    failure_category character varying(50),
    failure_event_sequence bigint,
    failure_event_type character varying(500),
    failure_event_tenant_id character varying(500)
);


--
-- Name: mt_event_projection_floors; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_event_projection_floors (
    name character varying NOT NULL,
    tenant_id character varying NOT NULL,
    floor bigint NOT NULL,
    last_updated timestamp with time zone DEFAULT transaction_timestamp()
);


--
-- Name: mt_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_events (
    seq_id bigint NOT NULL,
    id uuid NOT NULL,
    stream_id uuid,
    version bigint NOT NULL,
    data jsonb NOT NULL,
    bdata bytea,
    type character varying(500) NOT NULL,
    "timestamp" timestamp with time zone DEFAULT '2026-12-02 17:36:07.92565+00'::timestamp with time zone NOT NULL,
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying,
    mt_dotnet_type character varying,
    is_archived boolean DEFAULT false
);


--
-- Name: mt_events_sequence; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.mt_events_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mt_events_sequence; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.mt_events_sequence OWNED BY public.mt_events.seq_id;


--
-- Name: mt_high_water_skips; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_high_water_skips (
    ending_sequence bigint NOT NULL,
    starting_sequence bigint NOT NULL,
    "timestamp" timestamp with time zone DEFAULT transaction_timestamp()
);


--
-- Name: mt_streams; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mt_streams (
    id uuid NOT NULL,
    type character varying,
    version bigint,
    "timestamp" timestamp with time zone DEFAULT now() NOT NULL,
    created timestamp with time zone DEFAULT now() NOT NULL,
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying,
    compacted_version bigint DEFAULT 0 NOT NULL,
    is_archived boolean DEFAULT false
);


--
-- Name: writes seq; Type: DEFAULT; Schema: dakarcafe; Owner: -
--

ALTER TABLE ONLY dakarcafe.writes ALTER COLUMN seq SET DEFAULT nextval('dakarcafe.writes_seq_seq'::regclass);


--
-- Data for Name: crons; Type: TABLE DATA; Schema: dakarcafe; Owner: -
--

INSERT INTO dakarcafe.crons VALUES ('files:cleanup', '2026-12-02 18:36:08.172975+00');


--
-- Data for Name: flushes; Type: TABLE DATA; Schema: dakarcafe; Owner: -
--

INSERT INTO dakarcafe.flushes VALUES (1, 5);


--
-- Data for Name: log_horizon; Type: TABLE DATA; Schema: dakarcafe; Owner: -
--

INSERT INTO dakarcafe.log_horizon VALUES (1, 0);


--
-- Data for Name: OpenIddictApplications; Type: TABLE DATA; Schema: openiddict; Owner: -
--

INSERT INTO openiddict."OpenIddictApplications" VALUES ('407bf5d4-3ec1-43e9-b95a-b03fabb195ab', NULL, 'dakarcafe-app', NULL, 'public', 'fe0de62f-ca59-4c45-905e-b6e447d0021b', NULL, 'DakarCafé apps', NULL, NULL, '["ept:token","ept:revocation","gt:password","gt:refresh_token","scp:offline_access","scp:email","scp:profile","scp:roles"]', NULL, NULL, NULL, NULL, NULL);
INSERT INTO openiddict."OpenIddictApplications" VALUES ('40b245e7-000f-4f8d-bbec-bedcfe4eac70', NULL, 'dakarcafe-partner', NULL, 'public', '78cb328b-a448-4f9a-a35a-ea8d05f7cf9a', NULL, 'Partner apps', NULL, NULL, '["ept:authorization","ept:token","gt:authorization_code","gt:refresh_token","rst:code","scp:offline_access","scp:email","scp:roles"]', NULL, NULL, '["http://127.0.0.1/callback","dakarcafe-partner://callback"]', '["ft:pkce"]', NULL);


--
-- Data for Name: OpenIddictAuthorizations; Type: TABLE DATA; Schema: openiddict; Owner: -
--



--
-- Data for Name: OpenIddictScopes; Type: TABLE DATA; Schema: openiddict; Owner: -
--



--
-- Data for Name: OpenIddictTokens; Type: TABLE DATA; Schema: openiddict; Owner: -
--



--
-- Data for Name: mt_doc_account; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mt_doc_account VALUES ('d45c85ee-157b-4890-9cf8-8d512fcf9de0', '{"Id": "d45c85ee-157b-4890-9cf8-8d512fcf9de0", "Role": "admin", "Email": "admin@dakarcafe.sn", "IsActive": true, "CreatedAt": "2026-12-02T17:36:10.378556+00:00", "PasswordHash": "AQAAAAIAAYagAAAAEB1Iv0OjpR13ywI+VUv6x7hG/qDwdziroEvikmIPy49qNYgfhnj8nugzmgvv8trLlw=="}', '2026-12-02 17:36:10.651135+00', '01a237d4-0189-4401-bde7-f3c3108cb586', 'DakarCafe.Server.Auth.Account');
INSERT INTO public.mt_doc_account VALUES ('d9089a5a-c2cd-4613-b877-35e0717fc928', '{"Id": "d9089a5a-c2cd-4613-b877-35e0717fc928", "Role": "user", "Email": "awa@example.sn", "IsActive": true, "CreatedAt": "2026-12-02T17:36:10.7825456+00:00", "PasswordHash": "AQAAAAIAAYagAAAAENAHgcwHl9VTcbzWhCZnDkVUEamXm7OyzctZLFvPxZ9bp9UR/SKNeiI0mPZn2bYbFg=="}', '2026-12-02 17:36:10.878534+00', '01a237d4-027d-452f-8c26-add32c826c6a', 'DakarCafe.Server.Auth.Account');
INSERT INTO public.mt_doc_account VALUES ('46104f47-56ad-446d-837d-b97e9e3fbba8', '{"Id": "46104f47-56ad-446d-837d-b97e9e3fbba8", "Role": "user", "Email": "moussa@example.sn", "IsActive": true, "CreatedAt": "2026-12-02T17:36:10.8829352+00:00", "PasswordHash": "AQAAAAIAAYagAAAAEBkbi0slpN/0TlUuAFejTorRcWKnJodJ1A7OupXDwEICJPGMxWw2Vwp2HFUZVgpmlw=="}', '2026-12-02 17:36:10.968484+00', '01a237d4-02d7-4b68-b6df-9fe88c6b74f5', 'DakarCafe.Server.Auth.Account');


--
-- Data for Name: mt_doc_analyticsevent; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mt_doc_cart; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mt_doc_category; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mt_doc_category VALUES ('babda2b2-0aad-4eec-91a2-8108b7446547', '{"Id": "babda2b2-0aad-4eec-91a2-8108b7446547", "Name": "Capsules", "Slug": "capsules", "Image": null, "IsActive": true, "ParentId": null, "CreatedAt": "2026-12-02T17:36:10.1244392+00:00", "SortOrder": 0, "UpdatedAt": "2026-12-02T17:36:10.1244392+00:00", "Description": null}', '2026-12-02 17:36:10.318068+00', '01a237d3-ffeb-4f5b-86cb-302c922e6c48', 'DakarCafe.Schema.Categories.Category');
INSERT INTO public.mt_doc_category VALUES ('45d3ae48-957d-406b-974c-06a9fd205365', '{"Id": "45d3ae48-957d-406b-974c-06a9fd205365", "Name": "Machines", "Slug": "machines", "Image": null, "IsActive": true, "ParentId": null, "CreatedAt": "2026-12-02T17:36:10.1244392+00:00", "SortOrder": 1, "UpdatedAt": "2026-12-02T17:36:10.1244392+00:00", "Description": null}', '2026-12-02 17:36:10.318068+00', '01a237d3-ffed-448a-83c4-64cfb294fcff', 'DakarCafe.Schema.Categories.Category');
INSERT INTO public.mt_doc_category VALUES ('115f3c4a-0222-4d49-b0de-7584106e6798', '{"Id": "115f3c4a-0222-4d49-b0de-7584106e6798", "Name": "Accessoires", "Slug": "accessories", "Image": null, "IsActive": true, "ParentId": null, "CreatedAt": "2026-12-02T17:36:10.1244392+00:00", "SortOrder": 2, "UpdatedAt": "2026-12-02T17:36:10.1244392+00:00", "Description": null}', '2026-12-02 17:36:10.318068+00', '01a237d3-ffed-459c-be04-8e7cd69f049e', 'DakarCafe.Schema.Categories.Category');
INSERT INTO public.mt_doc_category VALUES ('c0c647fa-2c4e-49b8-b94a-a4fbc308bf70', '{"Id": "c0c647fa-2c4e-49b8-b94a-a4fbc308bf70", "Name": "Espresso", "Slug": "espresso", "Image": null, "IsActive": true, "ParentId": "babda2b2-0aad-4eec-91a2-8108b7446547", "CreatedAt": "2026-12-02T17:36:10.1244392+00:00", "SortOrder": 3, "UpdatedAt": "2026-12-02T17:36:10.1244392+00:00", "Description": null}', '2026-12-02 17:36:10.318068+00', '01a237d3-ffee-460c-a28a-bd6f21061832', 'DakarCafe.Schema.Categories.Category');
INSERT INTO public.mt_doc_category VALUES ('f7233997-6aa7-49c6-9317-6d93bf22d97d', '{"Id": "f7233997-6aa7-49c6-9317-6d93bf22d97d", "Name": "Lungo", "Slug": "lungo", "Image": null, "IsActive": true, "ParentId": "babda2b2-0aad-4eec-91a2-8108b7446547", "CreatedAt": "2026-12-02T17:36:10.1244392+00:00", "SortOrder": 4, "UpdatedAt": "2026-12-02T17:36:10.1244392+00:00", "Description": null}', '2026-12-02 17:36:10.318068+00', '01a237d3-ffee-4649-b69d-e8bf307804dc', 'DakarCafe.Schema.Categories.Category');
INSERT INTO public.mt_doc_category VALUES ('f49a5373-8d83-479f-88fe-c46daefa5d50', '{"Id": "f49a5373-8d83-479f-88fe-c46daefa5d50", "Name": "Décaféinés", "Slug": "decaf", "Image": null, "IsActive": true, "ParentId": "babda2b2-0aad-4eec-91a2-8108b7446547", "CreatedAt": "2026-12-02T17:36:10.1244392+00:00", "SortOrder": 5, "UpdatedAt": "2026-12-02T17:36:10.1244392+00:00", "Description": null}', '2026-12-02 17:36:10.318068+00', '01a237d3-ffee-484c-a843-6a569caa6c62', 'DakarCafe.Schema.Categories.Category');
INSERT INTO public.mt_doc_category VALUES ('72776ba4-e754-47d8-93b7-11ce45988d9c', '{"Id": "72776ba4-e754-47d8-93b7-11ce45988d9c", "Name": "Machines automatiques", "Slug": "automatiques", "Image": null, "IsActive": true, "ParentId": "45d3ae48-957d-406b-974c-06a9fd205365", "CreatedAt": "2026-12-02T17:36:10.1244392+00:00", "SortOrder": 6, "UpdatedAt": "2026-12-02T17:36:10.1244392+00:00", "Description": null}', '2026-12-02 17:36:10.318068+00', '01a237d3-ffee-4bed-8208-7942b1114945', 'DakarCafe.Schema.Categories.Category');
INSERT INTO public.mt_doc_category VALUES ('4949df6d-20dd-4184-befe-e5b5401e7f45', '{"Id": "4949df6d-20dd-4184-befe-e5b5401e7f45", "Name": "Méthodes douces", "Slug": "manuelles", "Image": null, "IsActive": true, "ParentId": "45d3ae48-957d-406b-974c-06a9fd205365", "CreatedAt": "2026-12-02T17:36:10.1244392+00:00", "SortOrder": 7, "UpdatedAt": "2026-12-02T17:36:10.1244392+00:00", "Description": null}', '2026-12-02 17:36:10.318068+00', '01a237d3-ffee-4b99-aeb7-f34d010b4b33', 'DakarCafe.Schema.Categories.Category');
INSERT INTO public.mt_doc_category VALUES ('62d69544-5a75-4a0b-be7f-a334986e4f20', '{"Id": "62d69544-5a75-4a0b-be7f-a334986e4f20", "Name": "Tasses et verres", "Slug": "tasses", "Image": null, "IsActive": true, "ParentId": "115f3c4a-0222-4d49-b0de-7584106e6798", "CreatedAt": "2026-12-02T17:36:10.1244392+00:00", "SortOrder": 8, "UpdatedAt": "2026-12-02T17:36:10.1244392+00:00", "Description": null}', '2026-12-02 17:36:10.318068+00', '01a237d3-ffee-4bb5-83ba-790fa9cfdece', 'DakarCafe.Schema.Categories.Category');
INSERT INTO public.mt_doc_category VALUES ('a236aa26-ebf6-47d9-8f29-59ea4b931c6c', '{"Id": "a236aa26-ebf6-47d9-8f29-59ea4b931c6c", "Name": "Entretien", "Slug": "entretien", "Image": null, "IsActive": true, "ParentId": "115f3c4a-0222-4d49-b0de-7584106e6798", "CreatedAt": "2026-12-02T17:36:10.1244392+00:00", "SortOrder": 9, "UpdatedAt": "2026-12-02T17:36:10.1244392+00:00", "Description": null}', '2026-12-02 17:36:10.318068+00', '01a237d3-ffee-4c47-9d5e-1e9fc3937b88', 'DakarCafe.Schema.Categories.Category');
INSERT INTO public.mt_doc_category VALUES ('770634e9-846a-40ab-bfb5-cd18c8d662cb', '{"Id": "770634e9-846a-40ab-bfb5-cd18c8d662cb", "Name": "Lait", "Slug": "lait", "Image": null, "IsActive": true, "ParentId": "115f3c4a-0222-4d49-b0de-7584106e6798", "CreatedAt": "2026-12-02T17:36:10.1244392+00:00", "SortOrder": 10, "UpdatedAt": "2026-12-02T17:36:10.1244392+00:00", "Description": null}', '2026-12-02 17:36:10.318068+00', '01a237d3-ffee-4d84-9f3e-c428b4f608d6', 'DakarCafe.Schema.Categories.Category');
INSERT INTO public.mt_doc_category VALUES ('64fb9204-3e18-4ec1-a713-6c8578665d54', '{"Id": "64fb9204-3e18-4ec1-a713-6c8578665d54", "Name": "Rangement", "Slug": "rangement", "Image": null, "IsActive": true, "ParentId": "115f3c4a-0222-4d49-b0de-7584106e6798", "CreatedAt": "2026-12-02T17:36:10.1244392+00:00", "SortOrder": 11, "UpdatedAt": "2026-12-02T17:36:10.1244392+00:00", "Description": null}', '2026-12-02 17:36:10.318068+00', '01a237d3-ffee-49f8-9d5c-e995ed4510d4', 'DakarCafe.Schema.Categories.Category');
INSERT INTO public.mt_doc_category VALUES ('928c2b4e-860c-4e7a-85f5-b42055d51fae', '{"Id": "928c2b4e-860c-4e7a-85f5-b42055d51fae", "Name": "Épicerie", "Slug": "epicerie", "Image": null, "IsActive": true, "ParentId": "115f3c4a-0222-4d49-b0de-7584106e6798", "CreatedAt": "2026-12-02T17:36:10.1244392+00:00", "SortOrder": 12, "UpdatedAt": "2026-12-02T17:36:10.1244392+00:00", "Description": null}', '2026-12-02 17:36:10.318068+00', '01a237d3-ffee-46c0-9e3d-b16ada5e7513', 'DakarCafe.Schema.Categories.Category');


--
-- Data for Name: mt_doc_deadletterevent; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mt_doc_deliverysubscription; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mt_doc_helpfulvote; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mt_doc_notification; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mt_doc_order; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mt_doc_payment; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mt_doc_product; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mt_doc_product VALUES ('ef192619-a4ba-4634-92ec-922acfb04647', '{"Id": "ef192619-a4ba-4634-92ec-922acfb04647", "Seo": {"Slug": "ristretto-intenso", "Keywords": ["espresso", "intense", "capsule"], "MetaTitle": "Ristretto Intenso", "MetaDescription": "un café court et intense aux notes torréfiées, intensité 12"}, "Name": "Ristretto Intenso", "Tags": ["espresso", "intense", "capsule"], "Brand": "DakarCafé", "IsNew": false, "Price": 3900, "Images": [], "Rating": 0, "Category": 0, "IsActive": true, "CreatedAt": "2026-12-02T17:36:10.1244392+00:00", "Inventory": {"Stock": 53, "IsTracked": true, "LowStockThreshold": 10}, "SortOrder": 1, "UpdatedAt": "2026-12-02T17:36:10.1244392+00:00", "IsFeatured": true, "Description": "Capsules Ristretto Intenso : un café court et intense aux notes torréfiées. Intensité 12. Boîte de 10 capsules en aluminium recyclable.", "ReviewCount": 0, "Subcategory": "espresso", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": "57 g", "Material": "aluminium", "Intensity": 12, "Dimensions": null, "Compatibility": ["Original"]}, "ShortDescription": "un café court et intense aux notes torréfiées, intensité 12"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0035-45a0-98ae-05f1514b148e', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('f0b9b831-6c1b-43b4-afc7-56db699cb6c5', '{"Id": "f0b9b831-6c1b-43b4-afc7-56db699cb6c5", "Seo": {"Slug": "arpeggio-cacao", "Keywords": ["espresso", "intense", "capsule"], "MetaTitle": "Arpeggio Cacao", "MetaDescription": "un espresso intense aux notes de cacao, intensité 9"}, "Name": "Arpeggio Cacao", "Tags": ["espresso", "intense", "capsule"], "Brand": "DakarCafé", "IsNew": false, "Price": 3700, "Images": [], "Rating": 0, "Category": 0, "IsActive": true, "CreatedAt": "2026-12-02T17:35:10.1244392+00:00", "Inventory": {"Stock": 66, "IsTracked": true, "LowStockThreshold": 10}, "SortOrder": 2, "UpdatedAt": "2026-12-02T17:35:10.1244392+00:00", "IsFeatured": false, "Description": "Capsules Arpeggio Cacao : un espresso intense aux notes de cacao. Intensité 9. Boîte de 10 capsules en aluminium recyclable.", "ReviewCount": 0, "Subcategory": "espresso", "Availability": 0, "IsBestSeller": true, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": "57 g", "Material": "aluminium", "Intensity": 9, "Dimensions": null, "Compatibility": ["Original"]}, "ShortDescription": "un espresso intense aux notes de cacao, intensité 9"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0036-42fd-af6d-fe846e676ccb', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('d712c10d-51a5-4f5c-aa73-b188ca196516', '{"Id": "d712c10d-51a5-4f5c-aa73-b188ca196516", "Seo": {"Slug": "roma-classico", "Keywords": ["espresso", "doux", "capsule"], "MetaTitle": "Roma Classico", "MetaDescription": "un café équilibré, boisé et légèrement amer, intensité 8"}, "Name": "Roma Classico", "Tags": ["espresso", "doux", "capsule"], "Brand": "DakarCafé", "IsNew": false, "Price": 3500, "Images": [], "Rating": 0, "Category": 0, "IsActive": true, "CreatedAt": "2026-12-02T17:34:10.1244392+00:00", "Inventory": {"Stock": 79, "IsTracked": true, "LowStockThreshold": 10}, "SortOrder": 3, "UpdatedAt": "2026-12-02T17:34:10.1244392+00:00", "IsFeatured": false, "Description": "Capsules Roma Classico : un café équilibré, boisé et légèrement amer. Intensité 8. Boîte de 10 capsules en aluminium recyclable.", "ReviewCount": 0, "Subcategory": "espresso", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": "57 g", "Material": "aluminium", "Intensity": 8, "Dimensions": null, "Compatibility": ["Original"]}, "ShortDescription": "un café équilibré, boisé et légèrement amer, intensité 8"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0036-4345-9e70-d3861ecd79a7', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('3057d7d9-099e-44d2-a617-9a98709007d2', '{"Id": "3057d7d9-099e-44d2-a617-9a98709007d2", "Seo": {"Slug": "livanto-caramel", "Keywords": ["espresso", "doux", "capsule"], "MetaTitle": "Livanto Caramel", "MetaDescription": "un café rond aux notes de caramel, intensité 6"}, "Name": "Livanto Caramel", "Tags": ["espresso", "doux", "capsule"], "Brand": "DakarCafé", "IsNew": false, "Price": 3500, "Images": [], "Rating": 0, "Category": 0, "IsActive": true, "CreatedAt": "2026-12-02T17:33:10.1244392+00:00", "Inventory": {"Stock": 92, "IsTracked": true, "LowStockThreshold": 10}, "SortOrder": 4, "UpdatedAt": "2026-12-02T17:33:10.1244392+00:00", "IsFeatured": false, "Description": "Capsules Livanto Caramel : un café rond aux notes de caramel. Intensité 6. Boîte de 10 capsules en aluminium recyclable.", "ReviewCount": 0, "Subcategory": "espresso", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": "57 g", "Material": "aluminium", "Intensity": 6, "Dimensions": null, "Compatibility": ["Original"]}, "ShortDescription": "un café rond aux notes de caramel, intensité 6"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0036-4b6b-936c-84f7c88621c7', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('c9e3087a-8398-4e96-9310-503ce50b32bc', '{"Id": "c9e3087a-8398-4e96-9310-503ce50b32bc", "Seo": {"Slug": "capriccio-cereales", "Keywords": ["espresso", "doux", "capsule"], "MetaTitle": "Capriccio Céréales", "MetaDescription": "un café léger aux notes de céréales, intensité 5"}, "Name": "Capriccio Céréales", "Tags": ["espresso", "doux", "capsule"], "Brand": "DakarCafé", "IsNew": false, "Price": 3400, "Images": [], "Rating": 0, "Category": 0, "IsActive": true, "CreatedAt": "2026-12-02T17:32:10.1244392+00:00", "Inventory": {"Stock": 105, "IsTracked": true, "LowStockThreshold": 10}, "SortOrder": 5, "UpdatedAt": "2026-12-02T17:32:10.1244392+00:00", "IsFeatured": false, "Description": "Capsules Capriccio Céréales : un café léger aux notes de céréales. Intensité 5. Boîte de 10 capsules en aluminium recyclable.", "ReviewCount": 0, "Subcategory": "espresso", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": "57 g", "Material": "aluminium", "Intensity": 5, "Dimensions": null, "Compatibility": ["Original"]}, "ShortDescription": "un café léger aux notes de céréales, intensité 5"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0036-4d17-b29f-f63f08daf86f', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('16b8344c-ee51-427a-9d42-f789b25ebab4', '{"Id": "16b8344c-ee51-427a-9d42-f789b25ebab4", "Seo": {"Slug": "volluto-doux", "Keywords": ["espresso", "doux", "capsule"], "MetaTitle": "Volluto Doux", "MetaDescription": "un café doux et fruité, notes de biscuit, intensité 4"}, "Name": "Volluto Doux", "Tags": ["espresso", "doux", "capsule"], "Brand": "DakarCafé", "IsNew": false, "Price": 3400, "Images": [], "Rating": 0, "Category": 0, "IsActive": true, "CreatedAt": "2026-12-02T17:31:10.1244392+00:00", "Inventory": {"Stock": 118, "IsTracked": true, "LowStockThreshold": 10}, "SortOrder": 6, "UpdatedAt": "2026-12-02T17:31:10.1244392+00:00", "IsFeatured": false, "Description": "Capsules Volluto Doux : un café doux et fruité, notes de biscuit. Intensité 4. Boîte de 10 capsules en aluminium recyclable.", "ReviewCount": 0, "Subcategory": "espresso", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": "57 g", "Material": "aluminium", "Intensity": 4, "Dimensions": null, "Compatibility": ["Original"]}, "ShortDescription": "un café doux et fruité, notes de biscuit, intensité 4"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0036-40a0-8a6f-fbdd8e7553fc', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('1cf7337c-e946-45ca-846e-cf1622415635', '{"Id": "1cf7337c-e946-45ca-846e-cf1622415635", "Seo": {"Slug": "cosi-fruite", "Keywords": ["espresso", "doux", "capsule"], "MetaTitle": "Cosi Fruité", "MetaDescription": "un café léger et fruité d''Afrique de l''Est, intensité 4"}, "Name": "Cosi Fruité", "Tags": ["espresso", "doux", "capsule"], "Brand": "DakarCafé", "IsNew": false, "Price": 3300, "Images": [], "Rating": 0, "Category": 0, "IsActive": true, "CreatedAt": "2026-12-02T17:30:10.1244392+00:00", "Inventory": {"Stock": 131, "IsTracked": true, "LowStockThreshold": 10}, "SortOrder": 7, "UpdatedAt": "2026-12-02T17:30:10.1244392+00:00", "IsFeatured": true, "Description": "Capsules Cosi Fruité : un café léger et fruité d''Afrique de l''Est. Intensité 4. Boîte de 10 capsules en aluminium recyclable.", "ReviewCount": 0, "Subcategory": "espresso", "Availability": 0, "IsBestSeller": true, "OriginalPrice": 3800, "Specifications": {"Color": null, "Weight": "57 g", "Material": "aluminium", "Intensity": 4, "Dimensions": null, "Compatibility": ["Original"]}, "ShortDescription": "un café léger et fruité d''Afrique de l''Est, intensité 4"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0037-4153-b53f-edca282797a8', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('898b1cc0-880f-41da-b820-acf2282bfccd', '{"Id": "898b1cc0-880f-41da-b820-acf2282bfccd", "Seo": {"Slug": "kazaar-extreme", "Keywords": ["espresso", "intense", "capsule"], "MetaTitle": "Kazaar Extrême", "MetaDescription": "le plus intense de la gamme, corsé et poivré, intensité 13"}, "Name": "Kazaar Extrême", "Tags": ["espresso", "intense", "capsule"], "Brand": "DakarCafé", "IsNew": false, "Price": 4200, "Images": [], "Rating": 0, "Category": 0, "IsActive": true, "CreatedAt": "2026-12-02T17:29:10.1244392+00:00", "Inventory": {"Stock": 144, "IsTracked": true, "LowStockThreshold": 10}, "SortOrder": 8, "UpdatedAt": "2026-12-02T17:29:10.1244392+00:00", "IsFeatured": false, "Description": "Capsules Kazaar Extrême : le plus intense de la gamme, corsé et poivré. Intensité 13. Boîte de 10 capsules en aluminium recyclable.", "ReviewCount": 0, "Subcategory": "espresso", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": "57 g", "Material": "aluminium", "Intensity": 13, "Dimensions": null, "Compatibility": ["Original"]}, "ShortDescription": "le plus intense de la gamme, corsé et poivré, intensité 13"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0037-4165-a4ab-f6609de8f788', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('ee866dfe-1f3d-4b7f-9ae8-521b3f7f160c', '{"Id": "ee866dfe-1f3d-4b7f-9ae8-521b3f7f160c", "Seo": {"Slug": "dharkan-torrefie", "Keywords": ["espresso", "intense", "capsule"], "MetaTitle": "Dharkan Torréfié", "MetaDescription": "un café longuement torréfié, velouté et intense, intensité 11"}, "Name": "Dharkan Torréfié", "Tags": ["espresso", "intense", "capsule"], "Brand": "DakarCafé", "IsNew": false, "Price": 4100, "Images": [], "Rating": 0, "Category": 0, "IsActive": true, "CreatedAt": "2026-12-02T17:28:10.1244392+00:00", "Inventory": {"Stock": 157, "IsTracked": true, "LowStockThreshold": 10}, "SortOrder": 9, "UpdatedAt": "2026-12-02T17:28:10.1244392+00:00", "IsFeatured": false, "Description": "Capsules Dharkan Torréfié : un café longuement torréfié, velouté et intense. Intensité 11. Boîte de 10 capsules en aluminium recyclable.", "ReviewCount": 0, "Subcategory": "espresso", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": "57 g", "Material": "aluminium", "Intensity": 11, "Dimensions": null, "Compatibility": ["Original"]}, "ShortDescription": "un café longuement torréfié, velouté et intense, intensité 11"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0037-4292-8fb7-ed343e6b0ad8', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('8626c946-7cb4-439f-89da-6252d0466d88', '{"Id": "8626c946-7cb4-439f-89da-6252d0466d88", "Seo": {"Slug": "touba-epice", "Keywords": ["espresso", "intense", "capsule"], "MetaTitle": "Touba Épicé", "MetaDescription": "un café au poivre de Guinée, l''esprit du café Touba, intensité 10"}, "Name": "Touba Épicé", "Tags": ["espresso", "intense", "capsule"], "Brand": "DakarCafé", "IsNew": false, "Price": 3900, "Images": [], "Rating": 0, "Category": 0, "IsActive": true, "CreatedAt": "2026-12-02T17:27:10.1244392+00:00", "Inventory": {"Stock": 170, "IsTracked": true, "LowStockThreshold": 10}, "SortOrder": 10, "UpdatedAt": "2026-12-02T17:27:10.1244392+00:00", "IsFeatured": false, "Description": "Capsules Touba Épicé : un café au poivre de Guinée, l''esprit du café Touba. Intensité 10. Boîte de 10 capsules en aluminium recyclable.", "ReviewCount": 0, "Subcategory": "espresso", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": "57 g", "Material": "aluminium", "Intensity": 10, "Dimensions": null, "Compatibility": ["Original"]}, "ShortDescription": "un café au poivre de Guinée, l''esprit du café Touba, intensité 10"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0037-404c-aade-3e3f986d6d59', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('d0904bd7-daf3-442c-8f04-21271b7b478a', '{"Id": "d0904bd7-daf3-442c-8f04-21271b7b478a", "Seo": {"Slug": "casamance-foret", "Keywords": ["espresso", "doux", "capsule"], "MetaTitle": "Casamance Forêt", "MetaDescription": "des notes boisées et de fruits secs, intensité 7"}, "Name": "Casamance Forêt", "Tags": ["espresso", "doux", "capsule"], "Brand": "DakarCafé", "IsNew": false, "Price": 3800, "Images": [], "Rating": 0, "Category": 0, "IsActive": true, "CreatedAt": "2026-12-02T17:26:10.1244392+00:00", "Inventory": {"Stock": 183, "IsTracked": true, "LowStockThreshold": 10}, "SortOrder": 11, "UpdatedAt": "2026-12-02T17:26:10.1244392+00:00", "IsFeatured": false, "Description": "Capsules Casamance Forêt : des notes boisées et de fruits secs. Intensité 7. Boîte de 10 capsules en aluminium recyclable.", "ReviewCount": 0, "Subcategory": "espresso", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": "57 g", "Material": "aluminium", "Intensity": 7, "Dimensions": null, "Compatibility": ["Original"]}, "ShortDescription": "des notes boisées et de fruits secs, intensité 7"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0037-4f37-a9d7-0b76df9a7dba', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('d27e3701-05ee-44ba-9b33-ffa142f40dc3', '{"Id": "d27e3701-05ee-44ba-9b33-ffa142f40dc3", "Seo": {"Slug": "saloum-miel", "Keywords": ["espresso", "doux", "capsule"], "MetaTitle": "Saloum Miel", "MetaDescription": "un café doux aux notes de miel, intensité 5"}, "Name": "Saloum Miel", "Tags": ["espresso", "doux", "capsule"], "Brand": "DakarCafé", "IsNew": false, "Price": 3600, "Images": [], "Rating": 0, "Category": 0, "IsActive": true, "CreatedAt": "2026-12-02T17:25:10.1244392+00:00", "Inventory": {"Stock": 196, "IsTracked": true, "LowStockThreshold": 10}, "SortOrder": 12, "UpdatedAt": "2026-12-02T17:25:10.1244392+00:00", "IsFeatured": false, "Description": "Capsules Saloum Miel : un café doux aux notes de miel. Intensité 5. Boîte de 10 capsules en aluminium recyclable.", "ReviewCount": 0, "Subcategory": "espresso", "Availability": 0, "IsBestSeller": true, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": "57 g", "Material": "aluminium", "Intensity": 5, "Dimensions": null, "Compatibility": ["Original"]}, "ShortDescription": "un café doux aux notes de miel, intensité 5"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0037-441a-84b5-e090ee632725', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('f4437dfb-d196-4128-8ce2-3c5f30557f15', '{"Id": "f4437dfb-d196-4128-8ce2-3c5f30557f15", "Seo": {"Slug": "goree-vanille", "Keywords": ["espresso", "doux", "capsule"], "MetaTitle": "Gorée Vanille", "MetaDescription": "un espresso aromatisé à la vanille, intensité 6"}, "Name": "Gorée Vanille", "Tags": ["espresso", "doux", "capsule"], "Brand": "DakarCafé", "IsNew": false, "Price": 3800, "Images": [], "Rating": 0, "Category": 0, "IsActive": true, "CreatedAt": "2026-12-02T17:24:10.1244392+00:00", "Inventory": {"Stock": 49, "IsTracked": true, "LowStockThreshold": 10}, "SortOrder": 13, "UpdatedAt": "2026-12-02T17:24:10.1244392+00:00", "IsFeatured": true, "Description": "Capsules Gorée Vanille : un espresso aromatisé à la vanille. Intensité 6. Boîte de 10 capsules en aluminium recyclable.", "ReviewCount": 0, "Subcategory": "espresso", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": "57 g", "Material": "aluminium", "Intensity": 6, "Dimensions": null, "Compatibility": ["Original"]}, "ShortDescription": "un espresso aromatisé à la vanille, intensité 6"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0037-4328-b4b2-c141d1e68b31', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('56085aa7-b3d5-4496-84ae-078bb876aab5', '{"Id": "56085aa7-b3d5-4496-84ae-078bb876aab5", "Seo": {"Slug": "thies-noisette", "Keywords": ["espresso", "doux", "capsule"], "MetaTitle": "Thiès Noisette", "MetaDescription": "un espresso aromatisé à la noisette, intensité 6"}, "Name": "Thiès Noisette", "Tags": ["espresso", "doux", "capsule"], "Brand": "DakarCafé", "IsNew": false, "Price": 3800, "Images": [], "Rating": 0, "Category": 0, "IsActive": true, "CreatedAt": "2026-12-02T17:23:10.1244392+00:00", "Inventory": {"Stock": 62, "IsTracked": true, "LowStockThreshold": 10}, "SortOrder": 14, "UpdatedAt": "2026-12-02T17:23:10.1244392+00:00", "IsFeatured": false, "Description": "Capsules Thiès Noisette : un espresso aromatisé à la noisette. Intensité 6. Boîte de 10 capsules en aluminium recyclable.", "ReviewCount": 0, "Subcategory": "espresso", "Availability": 0, "IsBestSeller": false, "OriginalPrice": 4300, "Specifications": {"Color": null, "Weight": "57 g", "Material": "aluminium", "Intensity": 6, "Dimensions": null, "Compatibility": ["Original"]}, "ShortDescription": "un espresso aromatisé à la noisette, intensité 6"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0037-4742-9721-87bb344490f6', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('f2e6ae35-0d57-4fc7-b716-9feeb926f2eb', '{"Id": "f2e6ae35-0d57-4fc7-b716-9feeb926f2eb", "Seo": {"Slug": "linizio-lungo", "Keywords": ["lungo", "doux", "capsule"], "MetaTitle": "Linizio Lungo", "MetaDescription": "un lungo rond aux notes de céréales maltées, intensité 4"}, "Name": "Linizio Lungo", "Tags": ["lungo", "doux", "capsule"], "Brand": "DakarCafé", "IsNew": false, "Price": 3600, "Images": [], "Rating": 0, "Category": 0, "IsActive": true, "CreatedAt": "2026-12-02T17:22:10.1244392+00:00", "Inventory": {"Stock": 75, "IsTracked": true, "LowStockThreshold": 10}, "SortOrder": 15, "UpdatedAt": "2026-12-02T17:22:10.1244392+00:00", "IsFeatured": false, "Description": "Capsules Linizio Lungo : un lungo rond aux notes de céréales maltées. Intensité 4. Boîte de 10 capsules en aluminium recyclable.", "ReviewCount": 0, "Subcategory": "lungo", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": "57 g", "Material": "aluminium", "Intensity": 4, "Dimensions": null, "Compatibility": ["Original"]}, "ShortDescription": "un lungo rond aux notes de céréales maltées, intensité 4"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0037-43d3-9781-0414f78d6b61', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('5ced07b8-749b-4fe1-8187-cc65c18bf067', '{"Id": "5ced07b8-749b-4fe1-8187-cc65c18bf067", "Seo": {"Slug": "fortissio-lungo", "Keywords": ["lungo", "doux", "capsule"], "MetaTitle": "Fortissio Lungo", "MetaDescription": "un lungo intense et riche, intensité 8"}, "Name": "Fortissio Lungo", "Tags": ["lungo", "doux", "capsule"], "Brand": "DakarCafé", "IsNew": false, "Price": 3700, "Images": [], "Rating": 0, "Category": 0, "IsActive": true, "CreatedAt": "2026-12-02T17:21:10.1244392+00:00", "Inventory": {"Stock": 88, "IsTracked": true, "LowStockThreshold": 10}, "SortOrder": 16, "UpdatedAt": "2026-12-02T17:21:10.1244392+00:00", "IsFeatured": false, "Description": "Capsules Fortissio Lungo : un lungo intense et riche. Intensité 8. Boîte de 10 capsules en aluminium recyclable.", "ReviewCount": 0, "Subcategory": "lungo", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": "57 g", "Material": "aluminium", "Intensity": 8, "Dimensions": null, "Compatibility": ["Original"]}, "ShortDescription": "un lungo intense et riche, intensité 8"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0037-491d-9d52-47f72df312ff', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('706de681-db93-4732-bd59-cd6ab7d5eefd', '{"Id": "706de681-db93-4732-bd59-cd6ab7d5eefd", "Seo": {"Slug": "vivalto-lungo", "Keywords": ["lungo", "doux", "capsule"], "MetaTitle": "Vivalto Lungo", "MetaDescription": "un lungo équilibré, floral et torréfié, intensité 4"}, "Name": "Vivalto Lungo", "Tags": ["lungo", "doux", "capsule"], "Brand": "DakarCafé", "IsNew": false, "Price": 3600, "Images": [], "Rating": 0, "Category": 0, "IsActive": true, "CreatedAt": "2026-12-02T17:20:10.1244392+00:00", "Inventory": {"Stock": 101, "IsTracked": true, "LowStockThreshold": 10}, "SortOrder": 17, "UpdatedAt": "2026-12-02T17:20:10.1244392+00:00", "IsFeatured": false, "Description": "Capsules Vivalto Lungo : un lungo équilibré, floral et torréfié. Intensité 4. Boîte de 10 capsules en aluminium recyclable.", "ReviewCount": 0, "Subcategory": "lungo", "Availability": 0, "IsBestSeller": true, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": "57 g", "Material": "aluminium", "Intensity": 4, "Dimensions": null, "Compatibility": ["Original"]}, "ShortDescription": "un lungo équilibré, floral et torréfié, intensité 4"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0037-44ef-a20e-7b3fda3b8e12', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('5f1202d2-da1d-4701-94e5-ff3a77ada60b', '{"Id": "5f1202d2-da1d-4701-94e5-ff3a77ada60b", "Seo": {"Slug": "envivo-lungo", "Keywords": ["lungo", "intense", "capsule"], "MetaTitle": "Envivo Lungo", "MetaDescription": "un lungo intense pour le matin, intensité 9"}, "Name": "Envivo Lungo", "Tags": ["lungo", "intense", "capsule"], "Brand": "DakarCafé", "IsNew": false, "Price": 3900, "Images": [], "Rating": 0, "Category": 0, "IsActive": true, "CreatedAt": "2026-12-02T17:19:10.1244392+00:00", "Inventory": {"Stock": 114, "IsTracked": true, "LowStockThreshold": 10}, "SortOrder": 18, "UpdatedAt": "2026-12-02T17:19:10.1244392+00:00", "IsFeatured": false, "Description": "Capsules Envivo Lungo : un lungo intense pour le matin. Intensité 9. Boîte de 10 capsules en aluminium recyclable.", "ReviewCount": 0, "Subcategory": "lungo", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": "57 g", "Material": "aluminium", "Intensity": 9, "Dimensions": null, "Compatibility": ["Original"]}, "ShortDescription": "un lungo intense pour le matin, intensité 9"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0037-480a-99ba-ff7edad8bcfe', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('9cdbdbf3-947f-411c-b651-78d23db55d63', '{"Id": "9cdbdbf3-947f-411c-b651-78d23db55d63", "Seo": {"Slug": "ndar-lungo", "Keywords": ["lungo", "doux", "capsule"], "MetaTitle": "Ndar Lungo", "MetaDescription": "un lungo fruité inspiré de Saint-Louis, intensité 5"}, "Name": "Ndar Lungo", "Tags": ["lungo", "doux", "capsule"], "Brand": "DakarCafé", "IsNew": false, "Price": 3700, "Images": [], "Rating": 0, "Category": 0, "IsActive": true, "CreatedAt": "2026-12-02T17:18:10.1244392+00:00", "Inventory": {"Stock": 127, "IsTracked": true, "LowStockThreshold": 10}, "SortOrder": 19, "UpdatedAt": "2026-12-02T17:18:10.1244392+00:00", "IsFeatured": true, "Description": "Capsules Ndar Lungo : un lungo fruité inspiré de Saint-Louis. Intensité 5. Boîte de 10 capsules en aluminium recyclable.", "ReviewCount": 0, "Subcategory": "lungo", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": "57 g", "Material": "aluminium", "Intensity": 5, "Dimensions": null, "Compatibility": ["Original"]}, "ShortDescription": "un lungo fruité inspiré de Saint-Louis, intensité 5"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0037-4a64-93fc-c2ac13aa1002', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('692a472e-f55c-4ab5-b305-bd99fe5b5dad', '{"Id": "692a472e-f55c-4ab5-b305-bd99fe5b5dad", "Seo": {"Slug": "joal-lungo", "Keywords": ["lungo", "doux", "capsule"], "MetaTitle": "Joal Lungo", "MetaDescription": "un lungo aux notes de céréales grillées, intensité 6"}, "Name": "Joal Lungo", "Tags": ["lungo", "doux", "capsule"], "Brand": "DakarCafé", "IsNew": false, "Price": 3700, "Images": [], "Rating": 0, "Category": 0, "IsActive": true, "CreatedAt": "2026-12-02T17:17:10.1244392+00:00", "Inventory": {"Stock": 140, "IsTracked": true, "LowStockThreshold": 10}, "SortOrder": 20, "UpdatedAt": "2026-12-02T17:17:10.1244392+00:00", "IsFeatured": false, "Description": "Capsules Joal Lungo : un lungo aux notes de céréales grillées. Intensité 6. Boîte de 10 capsules en aluminium recyclable.", "ReviewCount": 0, "Subcategory": "lungo", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": "57 g", "Material": "aluminium", "Intensity": 6, "Dimensions": null, "Compatibility": ["Original"]}, "ShortDescription": "un lungo aux notes de céréales grillées, intensité 6"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0037-4cbf-9755-05aefc370fbf', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('fbe9ed7d-1f16-4ba4-ad7f-ae684ed479b0', '{"Id": "fbe9ed7d-1f16-4ba4-ad7f-ae684ed479b0", "Seo": {"Slug": "lamb-lungo", "Keywords": ["lungo", "intense", "capsule"], "MetaTitle": "Lamb Lungo", "MetaDescription": "un lungo puissant et corsé, intensité 10"}, "Name": "Lamb Lungo", "Tags": ["lungo", "intense", "capsule"], "Brand": "DakarCafé", "IsNew": false, "Price": 3900, "Images": [], "Rating": 0, "Category": 0, "IsActive": true, "CreatedAt": "2026-12-02T17:16:10.1244392+00:00", "Inventory": {"Stock": 153, "IsTracked": true, "LowStockThreshold": 10}, "SortOrder": 21, "UpdatedAt": "2026-12-02T17:16:10.1244392+00:00", "IsFeatured": false, "Description": "Capsules Lamb Lungo : un lungo puissant et corsé. Intensité 10. Boîte de 10 capsules en aluminium recyclable.", "ReviewCount": 0, "Subcategory": "lungo", "Availability": 0, "IsBestSeller": false, "OriginalPrice": 4400, "Specifications": {"Color": null, "Weight": "57 g", "Material": "aluminium", "Intensity": 10, "Dimensions": null, "Compatibility": ["Original"]}, "ShortDescription": "un lungo puissant et corsé, intensité 10"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0037-4e61-99d8-66774a60959b', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('993018a8-5b95-4635-b126-4f0716ce8c7a', '{"Id": "993018a8-5b95-4635-b126-4f0716ce8c7a", "Seo": {"Slug": "sine-lungo", "Keywords": ["lungo", "doux", "capsule"], "MetaTitle": "Sine Lungo", "MetaDescription": "un lungo léger et floral, intensité 3"}, "Name": "Sine Lungo", "Tags": ["lungo", "doux", "capsule"], "Brand": "DakarCafé", "IsNew": false, "Price": 3500, "Images": [], "Rating": 0, "Category": 0, "IsActive": true, "CreatedAt": "2026-12-02T17:15:10.1244392+00:00", "Inventory": {"Stock": 166, "IsTracked": true, "LowStockThreshold": 10}, "SortOrder": 22, "UpdatedAt": "2026-12-02T17:15:10.1244392+00:00", "IsFeatured": false, "Description": "Capsules Sine Lungo : un lungo léger et floral. Intensité 3. Boîte de 10 capsules en aluminium recyclable.", "ReviewCount": 0, "Subcategory": "lungo", "Availability": 0, "IsBestSeller": true, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": "57 g", "Material": "aluminium", "Intensity": 3, "Dimensions": null, "Compatibility": ["Original"]}, "ShortDescription": "un lungo léger et floral, intensité 3"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0038-4f45-8a91-89dd9d95da49', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('b5006b00-e12d-4fef-bc02-02dbdc9d2f35', '{"Id": "b5006b00-e12d-4fef-bc02-02dbdc9d2f35", "Seo": {"Slug": "ristretto-decafeine", "Keywords": ["decaf", "intense", "capsule"], "MetaTitle": "Ristretto Décaféiné", "MetaDescription": "l''intensité du ristretto sans caféine, intensité 10"}, "Name": "Ristretto Décaféiné", "Tags": ["decaf", "intense", "capsule"], "Brand": "DakarCafé", "IsNew": false, "Price": 3900, "Images": [], "Rating": 0, "Category": 0, "IsActive": true, "CreatedAt": "2026-12-02T17:14:10.1244392+00:00", "Inventory": {"Stock": 179, "IsTracked": true, "LowStockThreshold": 10}, "SortOrder": 23, "UpdatedAt": "2026-12-02T17:14:10.1244392+00:00", "IsFeatured": false, "Description": "Capsules Ristretto Décaféiné : l''intensité du ristretto sans caféine. Intensité 10. Boîte de 10 capsules en aluminium recyclable.", "ReviewCount": 0, "Subcategory": "decaf", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": "57 g", "Material": "aluminium", "Intensity": 10, "Dimensions": null, "Compatibility": ["Original"]}, "ShortDescription": "l''intensité du ristretto sans caféine, intensité 10"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0038-4997-b121-b3fa619ce2c9', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('252e088f-7915-4563-8021-7bd4c825d312', '{"Id": "252e088f-7915-4563-8021-7bd4c825d312", "Seo": {"Slug": "volluto-decafeine", "Keywords": ["decaf", "doux", "capsule"], "MetaTitle": "Volluto Décaféiné", "MetaDescription": "un café doux et décaféiné, intensité 4"}, "Name": "Volluto Décaféiné", "Tags": ["decaf", "doux", "capsule"], "Brand": "DakarCafé", "IsNew": false, "Price": 3600, "Images": [], "Rating": 0, "Category": 0, "IsActive": true, "CreatedAt": "2026-12-02T17:13:10.1244392+00:00", "Inventory": {"Stock": 192, "IsTracked": true, "LowStockThreshold": 10}, "SortOrder": 24, "UpdatedAt": "2026-12-02T17:13:10.1244392+00:00", "IsFeatured": false, "Description": "Capsules Volluto Décaféiné : un café doux et décaféiné. Intensité 4. Boîte de 10 capsules en aluminium recyclable.", "ReviewCount": 0, "Subcategory": "decaf", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": "57 g", "Material": "aluminium", "Intensity": 4, "Dimensions": null, "Compatibility": ["Original"]}, "ShortDescription": "un café doux et décaféiné, intensité 4"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0038-4bca-825d-d30b306012fc', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('d7307615-9c76-48c3-a1ba-1c975a0386f3', '{"Id": "d7307615-9c76-48c3-a1ba-1c975a0386f3", "Seo": {"Slug": "arpeggio-decafeine", "Keywords": ["decaf", "intense", "capsule"], "MetaTitle": "Arpeggio Décaféiné", "MetaDescription": "un décaféiné intense aux notes de cacao, intensité 9"}, "Name": "Arpeggio Décaféiné", "Tags": ["decaf", "intense", "capsule"], "Brand": "DakarCafé", "IsNew": false, "Price": 3800, "Images": [], "Rating": 0, "Category": 0, "IsActive": true, "CreatedAt": "2026-12-02T17:12:10.1244392+00:00", "Inventory": {"Stock": 45, "IsTracked": true, "LowStockThreshold": 10}, "SortOrder": 25, "UpdatedAt": "2026-12-02T17:12:10.1244392+00:00", "IsFeatured": true, "Description": "Capsules Arpeggio Décaféiné : un décaféiné intense aux notes de cacao. Intensité 9. Boîte de 10 capsules en aluminium recyclable.", "ReviewCount": 0, "Subcategory": "decaf", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": "57 g", "Material": "aluminium", "Intensity": 9, "Dimensions": null, "Compatibility": ["Original"]}, "ShortDescription": "un décaféiné intense aux notes de cacao, intensité 9"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0038-457b-bf26-31767cf04e5a', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('065cb57c-2995-4b85-9d47-2386215c1878', '{"Id": "065cb57c-2995-4b85-9d47-2386215c1878", "Seo": {"Slug": "lungo-decafeine", "Keywords": ["decaf", "doux", "capsule"], "MetaTitle": "Lungo Décaféiné", "MetaDescription": "un lungo doux sans caféine, intensité 4"}, "Name": "Lungo Décaféiné", "Tags": ["decaf", "doux", "capsule"], "Brand": "DakarCafé", "IsNew": false, "Price": 3600, "Images": [], "Rating": 0, "Category": 0, "IsActive": true, "CreatedAt": "2026-12-02T17:11:10.1244392+00:00", "Inventory": {"Stock": 58, "IsTracked": true, "LowStockThreshold": 10}, "SortOrder": 26, "UpdatedAt": "2026-12-02T17:11:10.1244392+00:00", "IsFeatured": false, "Description": "Capsules Lungo Décaféiné : un lungo doux sans caféine. Intensité 4. Boîte de 10 capsules en aluminium recyclable.", "ReviewCount": 0, "Subcategory": "decaf", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": "57 g", "Material": "aluminium", "Intensity": 4, "Dimensions": null, "Compatibility": ["Original"]}, "ShortDescription": "un lungo doux sans caféine, intensité 4"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0038-4aa6-a430-86264c9edb95', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('34851b2a-2857-43f7-8a07-b979be88a745', '{"Id": "34851b2a-2857-43f7-8a07-b979be88a745", "Seo": {"Slug": "baobab-doux", "Keywords": ["espresso", "doux", "capsule"], "MetaTitle": "Baobab Doux", "MetaDescription": "un café très doux aux notes de pain de singe, intensité 3"}, "Name": "Baobab Doux", "Tags": ["espresso", "doux", "capsule"], "Brand": "DakarCafé", "IsNew": true, "Price": 3400, "Images": [], "Rating": 0, "Category": 0, "IsActive": true, "CreatedAt": "2026-12-02T17:10:10.1244392+00:00", "Inventory": {"Stock": 71, "IsTracked": true, "LowStockThreshold": 10}, "SortOrder": 27, "UpdatedAt": "2026-12-02T17:10:10.1244392+00:00", "IsFeatured": false, "Description": "Capsules Baobab Doux : un café très doux aux notes de pain de singe. Intensité 3. Boîte de 10 capsules en aluminium recyclable.", "ReviewCount": 0, "Subcategory": "espresso", "Availability": 0, "IsBestSeller": true, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": "57 g", "Material": "aluminium", "Intensity": 3, "Dimensions": null, "Compatibility": ["Original"]}, "ShortDescription": "un café très doux aux notes de pain de singe, intensité 3"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0038-4f9e-9c59-c349a44d7d45', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('869f9e7d-7003-430f-b9a5-8bf0322eddd8', '{"Id": "869f9e7d-7003-430f-b9a5-8bf0322eddd8", "Seo": {"Slug": "bissap-intense", "Keywords": ["espresso", "intense", "capsule"], "MetaTitle": "Bissap Intense", "MetaDescription": "un espresso intense aux notes florales d''hibiscus, intensité 9"}, "Name": "Bissap Intense", "Tags": ["espresso", "intense", "capsule"], "Brand": "DakarCafé", "IsNew": true, "Price": 4000, "Images": [], "Rating": 0, "Category": 0, "IsActive": true, "CreatedAt": "2026-12-02T17:09:10.1244392+00:00", "Inventory": {"Stock": 84, "IsTracked": true, "LowStockThreshold": 10}, "SortOrder": 28, "UpdatedAt": "2026-12-02T17:09:10.1244392+00:00", "IsFeatured": false, "Description": "Capsules Bissap Intense : un espresso intense aux notes florales d''hibiscus. Intensité 9. Boîte de 10 capsules en aluminium recyclable.", "ReviewCount": 0, "Subcategory": "espresso", "Availability": 0, "IsBestSeller": false, "OriginalPrice": 4500, "Specifications": {"Color": null, "Weight": "57 g", "Material": "aluminium", "Intensity": 9, "Dimensions": null, "Compatibility": ["Original"]}, "ShortDescription": "un espresso intense aux notes florales d''hibiscus, intensité 9"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0038-4d01-ab6e-d9ac677ad724', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('d5e14915-7371-4880-957f-1b7de53c3e22', '{"Id": "d5e14915-7371-4880-957f-1b7de53c3e22", "Seo": {"Slug": "kinkeliba-lungo", "Keywords": ["lungo", "doux", "capsule"], "MetaTitle": "Kinkeliba Lungo", "MetaDescription": "un lungo aux notes herbacées, intensité 5"}, "Name": "Kinkeliba Lungo", "Tags": ["lungo", "doux", "capsule"], "Brand": "DakarCafé", "IsNew": true, "Price": 3700, "Images": [], "Rating": 0, "Category": 0, "IsActive": true, "CreatedAt": "2026-12-02T17:08:10.1244392+00:00", "Inventory": {"Stock": 97, "IsTracked": true, "LowStockThreshold": 10}, "SortOrder": 29, "UpdatedAt": "2026-12-02T17:08:10.1244392+00:00", "IsFeatured": false, "Description": "Capsules Kinkeliba Lungo : un lungo aux notes herbacées. Intensité 5. Boîte de 10 capsules en aluminium recyclable.", "ReviewCount": 0, "Subcategory": "lungo", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": "57 g", "Material": "aluminium", "Intensity": 5, "Dimensions": null, "Compatibility": ["Original"]}, "ShortDescription": "un lungo aux notes herbacées, intensité 5"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0038-48e0-a86f-70f188194c80', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('c430c238-1685-4e8d-8bfa-dcad5f1ddc05', '{"Id": "c430c238-1685-4e8d-8bfa-dcad5f1ddc05", "Seo": {"Slug": "sahel-extreme", "Keywords": ["espresso", "intense", "capsule"], "MetaTitle": "Sahel Extrême", "MetaDescription": "un café intense et sec aux notes de cuir, intensité 12"}, "Name": "Sahel Extrême", "Tags": ["espresso", "intense", "capsule"], "Brand": "DakarCafé", "IsNew": true, "Price": 4200, "Images": [], "Rating": 0, "Category": 0, "IsActive": true, "CreatedAt": "2026-12-02T17:07:10.1244392+00:00", "Inventory": {"Stock": 110, "IsTracked": true, "LowStockThreshold": 10}, "SortOrder": 30, "UpdatedAt": "2026-12-02T17:07:10.1244392+00:00", "IsFeatured": false, "Description": "Capsules Sahel Extrême : un café intense et sec aux notes de cuir. Intensité 12. Boîte de 10 capsules en aluminium recyclable.", "ReviewCount": 0, "Subcategory": "espresso", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": "57 g", "Material": "aluminium", "Intensity": 12, "Dimensions": null, "Compatibility": ["Original"]}, "ShortDescription": "un café intense et sec aux notes de cuir, intensité 12"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0038-4e06-bd94-dd5e4959e12c', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('c6d324ea-c937-41e0-b8be-e5799c5ea73a', '{"Id": "c6d324ea-c937-41e0-b8be-e5799c5ea73a", "Seo": {"Slug": "essenza-mini", "Keywords": ["automatiques", "machine"], "MetaTitle": "Essenza Mini", "MetaDescription": "la machine la plus compacte, idéale pour un café rapide"}, "Name": "Essenza Mini", "Tags": ["automatiques", "machine"], "Brand": "DakarCafé", "IsNew": false, "Price": 89000, "Images": [], "Rating": 0, "Category": 1, "IsActive": true, "CreatedAt": "2026-12-02T17:06:10.1244392+00:00", "Inventory": {"Stock": 10, "IsTracked": true, "LowStockThreshold": 3}, "SortOrder": 31, "UpdatedAt": "2026-12-02T17:06:10.1244392+00:00", "IsFeatured": false, "Description": "Machine Essenza Mini : la machine la plus compacte, idéale pour un café rapide. Pression 19 bars, réservoir amovible, garantie deux ans.", "ReviewCount": 0, "Subcategory": "automatiques", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": "noir", "Weight": "4 kg", "Material": "plastique et métal", "Intensity": null, "Dimensions": "14 x 33 x 25 cm", "Compatibility": ["Original"]}, "ShortDescription": "la machine la plus compacte, idéale pour un café rapide"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0038-4600-9943-caf73f8aba45', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('89050183-b589-4109-9ebb-0180f92ac8a5', '{"Id": "89050183-b589-4109-9ebb-0180f92ac8a5", "Seo": {"Slug": "pixie", "Keywords": ["automatiques", "machine"], "MetaTitle": "Pixie", "MetaDescription": "compacte et rapide, prête en 25 secondes"}, "Name": "Pixie", "Tags": ["automatiques", "machine"], "Brand": "DakarCafé", "IsNew": false, "Price": 119000, "Images": [], "Rating": 0, "Category": 1, "IsActive": true, "CreatedAt": "2026-12-02T17:05:10.1244392+00:00", "Inventory": {"Stock": 11, "IsTracked": true, "LowStockThreshold": 3}, "SortOrder": 32, "UpdatedAt": "2026-12-02T17:05:10.1244392+00:00", "IsFeatured": false, "Description": "Machine Pixie : compacte et rapide, prête en 25 secondes. Pression 19 bars, réservoir amovible, garantie deux ans.", "ReviewCount": 0, "Subcategory": "automatiques", "Availability": 0, "IsBestSeller": false, "OriginalPrice": 139000, "Specifications": {"Color": "rouge", "Weight": "4 kg", "Material": "plastique et métal", "Intensity": null, "Dimensions": "14 x 33 x 25 cm", "Compatibility": ["Original"]}, "ShortDescription": "compacte et rapide, prête en 25 secondes"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0038-4960-87b6-5bb4e022a35d', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('b1ec2c97-0829-4ecd-92bc-ddbd6a566df6', '{"Id": "b1ec2c97-0829-4ecd-92bc-ddbd6a566df6", "Seo": {"Slug": "inissia", "Keywords": ["automatiques", "machine"], "MetaTitle": "Inissia", "MetaDescription": "légère et simple, pour débuter"}, "Name": "Inissia", "Tags": ["automatiques", "machine"], "Brand": "DakarCafé", "IsNew": false, "Price": 79000, "Images": [], "Rating": 0, "Category": 1, "IsActive": true, "CreatedAt": "2026-12-02T17:04:10.1244392+00:00", "Inventory": {"Stock": 12, "IsTracked": true, "LowStockThreshold": 3}, "SortOrder": 33, "UpdatedAt": "2026-12-02T17:04:10.1244392+00:00", "IsFeatured": false, "Description": "Machine Inissia : légère et simple, pour débuter. Pression 19 bars, réservoir amovible, garantie deux ans.", "ReviewCount": 0, "Subcategory": "automatiques", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": "blanc", "Weight": "4 kg", "Material": "plastique et métal", "Intensity": null, "Dimensions": "14 x 33 x 25 cm", "Compatibility": ["Original"]}, "ShortDescription": "légère et simple, pour débuter"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0038-434b-acac-335b859cdd9f', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('b5a6e5c7-cea4-46f3-aa01-4c54b67fd40e', '{"Id": "b5a6e5c7-cea4-46f3-aa01-4c54b67fd40e", "Seo": {"Slug": "citiz", "Keywords": ["automatiques", "machine"], "MetaTitle": "CitiZ", "MetaDescription": "le style rétro et une extraction parfaite"}, "Name": "CitiZ", "Tags": ["automatiques", "machine"], "Brand": "DakarCafé", "IsNew": false, "Price": 159000, "Images": [], "Rating": 0, "Category": 1, "IsActive": true, "CreatedAt": "2026-12-02T17:03:10.1244392+00:00", "Inventory": {"Stock": 13, "IsTracked": true, "LowStockThreshold": 3}, "SortOrder": 34, "UpdatedAt": "2026-12-02T17:03:10.1244392+00:00", "IsFeatured": false, "Description": "Machine CitiZ : le style rétro et une extraction parfaite. Pression 19 bars, réservoir amovible, garantie deux ans.", "ReviewCount": 0, "Subcategory": "automatiques", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": "argent", "Weight": "4 kg", "Material": "plastique et métal", "Intensity": null, "Dimensions": "14 x 33 x 25 cm", "Compatibility": ["Original"]}, "ShortDescription": "le style rétro et une extraction parfaite"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0038-4da3-9bd3-2b25cf8ad820', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('c5cf7c6e-b31c-4a07-91d4-3348b6cc8658', '{"Id": "c5cf7c6e-b31c-4a07-91d4-3348b6cc8658", "Seo": {"Slug": "citiz-milk", "Keywords": ["automatiques", "machine"], "MetaTitle": "CitiZ & Milk", "MetaDescription": "avec mousseur à lait intégré pour le cappuccino"}, "Name": "CitiZ & Milk", "Tags": ["automatiques", "machine"], "Brand": "DakarCafé", "IsNew": true, "Price": 209000, "Images": [], "Rating": 0, "Category": 1, "IsActive": true, "CreatedAt": "2026-12-02T17:02:10.1244392+00:00", "Inventory": {"Stock": 14, "IsTracked": true, "LowStockThreshold": 3}, "SortOrder": 35, "UpdatedAt": "2026-12-02T17:02:10.1244392+00:00", "IsFeatured": true, "Description": "Machine CitiZ & Milk : avec mousseur à lait intégré pour le cappuccino. Pression 19 bars, réservoir amovible, garantie deux ans.", "ReviewCount": 0, "Subcategory": "automatiques", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": "noir", "Weight": "4 kg", "Material": "plastique et métal", "Intensity": null, "Dimensions": "14 x 33 x 25 cm", "Compatibility": ["Original"]}, "ShortDescription": "avec mousseur à lait intégré pour le cappuccino"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0038-4b4e-926c-d87fde4f2c3c', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('b0bbacc2-3feb-43e3-803a-05284aab420f', '{"Id": "b0bbacc2-3feb-43e3-803a-05284aab420f", "Seo": {"Slug": "lattissima-one", "Keywords": ["automatiques", "machine"], "MetaTitle": "Lattissima One", "MetaDescription": "un cappuccino d''une seule touche"}, "Name": "Lattissima One", "Tags": ["automatiques", "machine"], "Brand": "DakarCafé", "IsNew": false, "Price": 259000, "Images": [], "Rating": 0, "Category": 1, "IsActive": true, "CreatedAt": "2026-12-02T17:01:10.1244392+00:00", "Inventory": {"Stock": 3, "IsTracked": true, "LowStockThreshold": 3}, "SortOrder": 36, "UpdatedAt": "2026-12-02T17:01:10.1244392+00:00", "IsFeatured": false, "Description": "Machine Lattissima One : un cappuccino d''une seule touche. Pression 19 bars, réservoir amovible, garantie deux ans.", "ReviewCount": 0, "Subcategory": "automatiques", "Availability": 1, "IsBestSeller": true, "OriginalPrice": 279000, "Specifications": {"Color": "blanc", "Weight": "4 kg", "Material": "plastique et métal", "Intensity": null, "Dimensions": "14 x 33 x 25 cm", "Compatibility": ["Original"]}, "ShortDescription": "un cappuccino d''une seule touche"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0038-4253-9646-e2eee9334ed0', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('186ccef1-2473-42a4-86a1-fb16cf71f5dc', '{"Id": "186ccef1-2473-42a4-86a1-fb16cf71f5dc", "Seo": {"Slug": "lattissima-pro", "Keywords": ["automatiques", "machine"], "MetaTitle": "Lattissima Pro", "MetaDescription": "écran tactile et recettes lactées"}, "Name": "Lattissima Pro", "Tags": ["automatiques", "machine"], "Brand": "DakarCafé", "IsNew": false, "Price": 389000, "Images": [], "Rating": 0, "Category": 1, "IsActive": true, "CreatedAt": "2026-12-02T17:00:10.1244392+00:00", "Inventory": {"Stock": 4, "IsTracked": true, "LowStockThreshold": 3}, "SortOrder": 37, "UpdatedAt": "2026-12-02T17:00:10.1244392+00:00", "IsFeatured": false, "Description": "Machine Lattissima Pro : écran tactile et recettes lactées. Pression 19 bars, réservoir amovible, garantie deux ans.", "ReviewCount": 0, "Subcategory": "automatiques", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": "argent", "Weight": "4 kg", "Material": "plastique et métal", "Intensity": null, "Dimensions": "14 x 33 x 25 cm", "Compatibility": ["Original"]}, "ShortDescription": "écran tactile et recettes lactées"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0038-4604-b60a-d04dafe739b3', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('84d092cd-fbb5-41b1-801a-afb7a10a90d5', '{"Id": "84d092cd-fbb5-41b1-801a-afb7a10a90d5", "Seo": {"Slug": "creatista-plus", "Keywords": ["automatiques", "machine"], "MetaTitle": "Creatista Plus", "MetaDescription": "la buse vapeur professionnelle à la maison"}, "Name": "Creatista Plus", "Tags": ["automatiques", "machine"], "Brand": "DakarCafé", "IsNew": false, "Price": 449000, "Images": [], "Rating": 0, "Category": 1, "IsActive": true, "CreatedAt": "2026-12-02T16:59:10.1244392+00:00", "Inventory": {"Stock": 5, "IsTracked": true, "LowStockThreshold": 3}, "SortOrder": 38, "UpdatedAt": "2026-12-02T16:59:10.1244392+00:00", "IsFeatured": false, "Description": "Machine Creatista Plus : la buse vapeur professionnelle à la maison. Pression 19 bars, réservoir amovible, garantie deux ans.", "ReviewCount": 0, "Subcategory": "automatiques", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": "inox", "Weight": "4 kg", "Material": "plastique et métal", "Intensity": null, "Dimensions": "14 x 33 x 25 cm", "Compatibility": ["Original"]}, "ShortDescription": "la buse vapeur professionnelle à la maison"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0038-48f6-9c24-9351f12facf8', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('99700905-3ce0-4975-877a-32123434568b', '{"Id": "99700905-3ce0-4975-877a-32123434568b", "Seo": {"Slug": "vertuo-next", "Keywords": ["automatiques", "machine"], "MetaTitle": "Vertuo Next", "MetaDescription": "pour les grandes tasses et le café long"}, "Name": "Vertuo Next", "Tags": ["automatiques", "machine"], "Brand": "DakarCafé", "IsNew": false, "Price": 139000, "Images": [], "Rating": 0, "Category": 1, "IsActive": true, "CreatedAt": "2026-12-02T16:58:10.1244392+00:00", "Inventory": {"Stock": 6, "IsTracked": true, "LowStockThreshold": 3}, "SortOrder": 39, "UpdatedAt": "2026-12-02T16:58:10.1244392+00:00", "IsFeatured": false, "Description": "Machine Vertuo Next : pour les grandes tasses et le café long. Pression 19 bars, réservoir amovible, garantie deux ans.", "ReviewCount": 0, "Subcategory": "automatiques", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": "gris", "Weight": "4 kg", "Material": "plastique et métal", "Intensity": null, "Dimensions": "14 x 33 x 25 cm", "Compatibility": ["Original"]}, "ShortDescription": "pour les grandes tasses et le café long"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0038-44b8-844a-82ab033fd062', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('742ac7d1-5fea-4b90-9760-c68cd33053d0', '{"Id": "742ac7d1-5fea-4b90-9760-c68cd33053d0", "Seo": {"Slug": "vertuo-pop", "Keywords": ["automatiques", "machine"], "MetaTitle": "Vertuo Pop", "MetaDescription": "petite, colorée et connectée"}, "Name": "Vertuo Pop", "Tags": ["automatiques", "machine"], "Brand": "DakarCafé", "IsNew": false, "Price": 99000, "Images": [], "Rating": 0, "Category": 1, "IsActive": true, "CreatedAt": "2026-12-02T16:57:10.1244392+00:00", "Inventory": {"Stock": 7, "IsTracked": true, "LowStockThreshold": 3}, "SortOrder": 40, "UpdatedAt": "2026-12-02T16:57:10.1244392+00:00", "IsFeatured": true, "Description": "Machine Vertuo Pop : petite, colorée et connectée. Pression 19 bars, réservoir amovible, garantie deux ans.", "ReviewCount": 0, "Subcategory": "automatiques", "Availability": 0, "IsBestSeller": false, "OriginalPrice": 119000, "Specifications": {"Color": "bleu", "Weight": "4 kg", "Material": "plastique et métal", "Intensity": null, "Dimensions": "14 x 33 x 25 cm", "Compatibility": ["Original"]}, "ShortDescription": "petite, colorée et connectée"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0038-425e-a18d-e044fb39f3f7', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('88fa900f-8c7f-46cc-a2e1-ef5a57a5c587', '{"Id": "88fa900f-8c7f-46cc-a2e1-ef5a57a5c587", "Seo": {"Slug": "essenza-plus", "Keywords": ["automatiques", "machine"], "MetaTitle": "Essenza Plus", "MetaDescription": "compacte avec réglage de la longueur"}, "Name": "Essenza Plus", "Tags": ["automatiques", "machine"], "Brand": "DakarCafé", "IsNew": false, "Price": 109000, "Images": [], "Rating": 0, "Category": 1, "IsActive": true, "CreatedAt": "2026-12-02T16:56:10.1244392+00:00", "Inventory": {"Stock": 8, "IsTracked": true, "LowStockThreshold": 3}, "SortOrder": 41, "UpdatedAt": "2026-12-02T16:56:10.1244392+00:00", "IsFeatured": false, "Description": "Machine Essenza Plus : compacte avec réglage de la longueur. Pression 19 bars, réservoir amovible, garantie deux ans.", "ReviewCount": 0, "Subcategory": "automatiques", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": "noir", "Weight": "4 kg", "Material": "plastique et métal", "Intensity": null, "Dimensions": "14 x 33 x 25 cm", "Compatibility": ["Original"]}, "ShortDescription": "compacte avec réglage de la longueur"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0038-4365-bad3-c6043b22ba61', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('a42e5f22-0aeb-40a6-b35f-4e34ba8a0cd4', '{"Id": "a42e5f22-0aeb-40a6-b35f-4e34ba8a0cd4", "Seo": {"Slug": "expert", "Keywords": ["automatiques", "machine"], "MetaTitle": "Expert", "MetaDescription": "connectée, avec eau chaude et café glacé"}, "Name": "Expert", "Tags": ["automatiques", "machine"], "Brand": "DakarCafé", "IsNew": true, "Price": 299000, "Images": [], "Rating": 0, "Category": 1, "IsActive": true, "CreatedAt": "2026-12-02T16:55:10.1244392+00:00", "Inventory": {"Stock": 9, "IsTracked": true, "LowStockThreshold": 3}, "SortOrder": 42, "UpdatedAt": "2026-12-02T16:55:10.1244392+00:00", "IsFeatured": false, "Description": "Machine Expert : connectée, avec eau chaude et café glacé. Pression 19 bars, réservoir amovible, garantie deux ans.", "ReviewCount": 0, "Subcategory": "automatiques", "Availability": 0, "IsBestSeller": true, "OriginalPrice": null, "Specifications": {"Color": "anthracite", "Weight": "4 kg", "Material": "plastique et métal", "Intensity": null, "Dimensions": "14 x 33 x 25 cm", "Compatibility": ["Original"]}, "ShortDescription": "connectée, avec eau chaude et café glacé"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0038-4883-9e3f-b7549a732ff1', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('b405e787-ca63-4bbd-a67e-73470c6be88f', '{"Id": "b405e787-ca63-4bbd-a67e-73470c6be88f", "Seo": {"Slug": "moka-dakar", "Keywords": ["manuelles", "machine"], "MetaTitle": "Moka Dakar", "MetaDescription": "la cafetière italienne pour un café intense sur le feu"}, "Name": "Moka Dakar", "Tags": ["manuelles", "machine"], "Brand": "DakarCafé", "IsNew": false, "Price": 35000, "Images": [], "Rating": 0, "Category": 1, "IsActive": true, "CreatedAt": "2026-12-02T16:54:10.1244392+00:00", "Inventory": {"Stock": 10, "IsTracked": true, "LowStockThreshold": 3}, "SortOrder": 43, "UpdatedAt": "2026-12-02T16:54:10.1244392+00:00", "IsFeatured": false, "Description": "Machine Moka Dakar : la cafetière italienne pour un café intense sur le feu. Pression 19 bars, réservoir amovible, garantie deux ans.", "ReviewCount": 0, "Subcategory": "manuelles", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": "aluminium", "Weight": "4 kg", "Material": "plastique et métal", "Intensity": null, "Dimensions": "14 x 33 x 25 cm", "Compatibility": ["Original"]}, "ShortDescription": "la cafetière italienne pour un café intense sur le feu"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0038-49c1-96f3-41b8965c31ce', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('7335674c-0a3d-4f78-8bd2-8e94e20cc4be', '{"Id": "7335674c-0a3d-4f78-8bd2-8e94e20cc4be", "Seo": {"Slug": "presse-francaise", "Keywords": ["manuelles", "machine"], "MetaTitle": "Presse Française", "MetaDescription": "un café corsé à l''ancienne, sans capsule"}, "Name": "Presse Française", "Tags": ["manuelles", "machine"], "Brand": "DakarCafé", "IsNew": false, "Price": 29000, "Images": [], "Rating": 0, "Category": 1, "IsActive": true, "CreatedAt": "2026-12-02T16:53:10.1244392+00:00", "Inventory": {"Stock": 11, "IsTracked": true, "LowStockThreshold": 3}, "SortOrder": 44, "UpdatedAt": "2026-12-02T16:53:10.1244392+00:00", "IsFeatured": false, "Description": "Machine Presse Française : un café corsé à l''ancienne, sans capsule. Pression 19 bars, réservoir amovible, garantie deux ans.", "ReviewCount": 0, "Subcategory": "manuelles", "Availability": 0, "IsBestSeller": false, "OriginalPrice": 49000, "Specifications": {"Color": "verre", "Weight": "4 kg", "Material": "plastique et métal", "Intensity": null, "Dimensions": "14 x 33 x 25 cm", "Compatibility": ["Original"]}, "ShortDescription": "un café corsé à l''ancienne, sans capsule"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0038-4944-bbfa-96c634daea55', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('b6a12385-3417-4646-a410-dbcb4440e2ee', '{"Id": "b6a12385-3417-4646-a410-dbcb4440e2ee", "Seo": {"Slug": "cafetiere-touba", "Keywords": ["manuelles", "machine"], "MetaTitle": "Cafetière Touba", "MetaDescription": "la cafetière traditionnelle pour le café Touba"}, "Name": "Cafetière Touba", "Tags": ["manuelles", "machine"], "Brand": "DakarCafé", "IsNew": false, "Price": 25000, "Images": [], "Rating": 0, "Category": 1, "IsActive": true, "CreatedAt": "2026-12-02T16:52:10.1244392+00:00", "Inventory": {"Stock": 12, "IsTracked": true, "LowStockThreshold": 3}, "SortOrder": 45, "UpdatedAt": "2026-12-02T16:52:10.1244392+00:00", "IsFeatured": true, "Description": "Machine Cafetière Touba : la cafetière traditionnelle pour le café Touba. Pression 19 bars, réservoir amovible, garantie deux ans.", "ReviewCount": 0, "Subcategory": "manuelles", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": "inox", "Weight": "4 kg", "Material": "plastique et métal", "Intensity": null, "Dimensions": "14 x 33 x 25 cm", "Compatibility": ["Original"]}, "ShortDescription": "la cafetière traditionnelle pour le café Touba"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0039-4909-8769-b8109b60ef0f', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('6b6234b6-92fc-463e-84d6-6fd3cd8d9f76', '{"Id": "6b6234b6-92fc-463e-84d6-6fd3cd8d9f76", "Seo": {"Slug": "tasses-espresso-pure-x2", "Keywords": ["tasses", "accessoire"], "MetaTitle": "Tasses Espresso Pure x2", "MetaDescription": "deux tasses en porcelaine pour l''espresso"}, "Name": "Tasses Espresso Pure x2", "Tags": ["tasses", "accessoire"], "Brand": "DakarCafé", "IsNew": false, "Price": 12000, "Images": [], "Rating": 0, "Category": 2, "IsActive": true, "CreatedAt": "2026-12-02T16:51:10.1244392+00:00", "Inventory": {"Stock": 62, "IsTracked": true, "LowStockThreshold": 5}, "SortOrder": 46, "UpdatedAt": "2026-12-02T16:51:10.1244392+00:00", "IsFeatured": false, "Description": "Tasses Espresso Pure x2 : deux tasses en porcelaine pour l''espresso. Un accessoire pour profiter de votre café.", "ReviewCount": 0, "Subcategory": "tasses", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": null, "Material": null, "Intensity": null, "Dimensions": null, "Compatibility": []}, "ShortDescription": "deux tasses en porcelaine pour l''espresso"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0039-40cb-850b-45c25df10412', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('4f4a54ab-1ba4-4b93-a070-067952a7293a', '{"Id": "4f4a54ab-1ba4-4b93-a070-067952a7293a", "Seo": {"Slug": "tasses-lungo-pure-x2", "Keywords": ["tasses", "accessoire"], "MetaTitle": "Tasses Lungo Pure x2", "MetaDescription": "deux tasses pour le lungo"}, "Name": "Tasses Lungo Pure x2", "Tags": ["tasses", "accessoire"], "Brand": "DakarCafé", "IsNew": false, "Price": 14000, "Images": [], "Rating": 0, "Category": 2, "IsActive": true, "CreatedAt": "2026-12-02T16:50:10.1244392+00:00", "Inventory": {"Stock": 69, "IsTracked": true, "LowStockThreshold": 5}, "SortOrder": 47, "UpdatedAt": "2026-12-02T16:50:10.1244392+00:00", "IsFeatured": false, "Description": "Tasses Lungo Pure x2 : deux tasses pour le lungo. Un accessoire pour profiter de votre café.", "ReviewCount": 0, "Subcategory": "tasses", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": null, "Material": null, "Intensity": null, "Dimensions": null, "Compatibility": []}, "ShortDescription": "deux tasses pour le lungo"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0039-4c13-b653-9e267307bbf7', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('23a7df8d-b2f2-4f9b-a31b-971a0f2d94ab', '{"Id": "23a7df8d-b2f2-4f9b-a31b-971a0f2d94ab", "Seo": {"Slug": "verres-cappuccino-x2", "Keywords": ["tasses", "accessoire"], "MetaTitle": "Verres Cappuccino x2", "MetaDescription": "deux verres double paroi pour le cappuccino"}, "Name": "Verres Cappuccino x2", "Tags": ["tasses", "accessoire"], "Brand": "DakarCafé", "IsNew": false, "Price": 16000, "Images": [], "Rating": 0, "Category": 2, "IsActive": true, "CreatedAt": "2026-12-02T16:49:10.1244392+00:00", "Inventory": {"Stock": 76, "IsTracked": true, "LowStockThreshold": 5}, "SortOrder": 48, "UpdatedAt": "2026-12-02T16:49:10.1244392+00:00", "IsFeatured": false, "Description": "Verres Cappuccino x2 : deux verres double paroi pour le cappuccino. Un accessoire pour profiter de votre café.", "ReviewCount": 0, "Subcategory": "tasses", "Availability": 0, "IsBestSeller": true, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": null, "Material": null, "Intensity": null, "Dimensions": null, "Compatibility": []}, "ShortDescription": "deux verres double paroi pour le cappuccino"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0039-4eff-88a1-6bc0c6b1edad', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('f320e911-6ead-4864-b2c3-831891039192', '{"Id": "f320e911-6ead-4864-b2c3-831891039192", "Seo": {"Slug": "mugs-voyage", "Keywords": ["tasses", "accessoire"], "MetaTitle": "Mugs Voyage", "MetaDescription": "un mug isotherme pour le café en route"}, "Name": "Mugs Voyage", "Tags": ["tasses", "accessoire"], "Brand": "DakarCafé", "IsNew": false, "Price": 18000, "Images": [], "Rating": 0, "Category": 2, "IsActive": true, "CreatedAt": "2026-12-02T16:48:10.1244392+00:00", "Inventory": {"Stock": 83, "IsTracked": true, "LowStockThreshold": 5}, "SortOrder": 49, "UpdatedAt": "2026-12-02T16:48:10.1244392+00:00", "IsFeatured": false, "Description": "Mugs Voyage : un mug isotherme pour le café en route. Un accessoire pour profiter de votre café.", "ReviewCount": 0, "Subcategory": "tasses", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": null, "Material": null, "Intensity": null, "Dimensions": null, "Compatibility": []}, "ShortDescription": "un mug isotherme pour le café en route"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0039-48d1-b5fd-0d262bef9a08', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('67e5bd5d-37b2-40d6-b742-c907243a2bcd', '{"Id": "67e5bd5d-37b2-40d6-b742-c907243a2bcd", "Seo": {"Slug": "tasses-wax-x4", "Keywords": ["tasses", "accessoire"], "MetaTitle": "Tasses Wax x4", "MetaDescription": "quatre tasses aux motifs wax"}, "Name": "Tasses Wax x4", "Tags": ["tasses", "accessoire"], "Brand": "DakarCafé", "IsNew": false, "Price": 22000, "Images": [], "Rating": 0, "Category": 2, "IsActive": true, "CreatedAt": "2026-12-02T16:47:10.1244392+00:00", "Inventory": {"Stock": 90, "IsTracked": true, "LowStockThreshold": 5}, "SortOrder": 50, "UpdatedAt": "2026-12-02T16:47:10.1244392+00:00", "IsFeatured": false, "Description": "Tasses Wax x4 : quatre tasses aux motifs wax. Un accessoire pour profiter de votre café.", "ReviewCount": 0, "Subcategory": "tasses", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": null, "Material": null, "Intensity": null, "Dimensions": null, "Compatibility": []}, "ShortDescription": "quatre tasses aux motifs wax"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0039-48fa-adc0-07977c694881', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('6d54c3e6-00b5-49c6-993c-43d331329d2f', '{"Id": "6d54c3e6-00b5-49c6-993c-43d331329d2f", "Seo": {"Slug": "kit-detartrage", "Keywords": ["entretien", "accessoire"], "MetaTitle": "Kit Détartrage", "MetaDescription": "détartrant pour prolonger la vie de votre machine"}, "Name": "Kit Détartrage", "Tags": ["entretien", "accessoire"], "Brand": "DakarCafé", "IsNew": false, "Price": 9500, "Images": [], "Rating": 0, "Category": 2, "IsActive": true, "CreatedAt": "2026-12-02T16:46:10.1244392+00:00", "Inventory": {"Stock": 97, "IsTracked": true, "LowStockThreshold": 5}, "SortOrder": 51, "UpdatedAt": "2026-12-02T16:46:10.1244392+00:00", "IsFeatured": false, "Description": "Kit Détartrage : détartrant pour prolonger la vie de votre machine. Un accessoire pour profiter de votre café.", "ReviewCount": 0, "Subcategory": "entretien", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": null, "Material": null, "Intensity": null, "Dimensions": null, "Compatibility": []}, "ShortDescription": "détartrant pour prolonger la vie de votre machine"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0039-4632-8404-04f3279b00bc', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('fb742bec-1738-4fab-8200-bba247fa69cd', '{"Id": "fb742bec-1738-4fab-8200-bba247fa69cd", "Seo": {"Slug": "filtre-a-eau", "Keywords": ["entretien", "accessoire"], "MetaTitle": "Filtre à Eau", "MetaDescription": "filtre pour un café plus pur"}, "Name": "Filtre à Eau", "Tags": ["entretien", "accessoire"], "Brand": "DakarCafé", "IsNew": false, "Price": 7500, "Images": [], "Rating": 0, "Category": 2, "IsActive": true, "CreatedAt": "2026-12-02T16:45:10.1244392+00:00", "Inventory": {"Stock": 14, "IsTracked": true, "LowStockThreshold": 5}, "SortOrder": 52, "UpdatedAt": "2026-12-02T16:45:10.1244392+00:00", "IsFeatured": false, "Description": "Filtre à Eau : filtre pour un café plus pur. Un accessoire pour profiter de votre café.", "ReviewCount": 0, "Subcategory": "entretien", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": null, "Material": null, "Intensity": null, "Dimensions": null, "Compatibility": []}, "ShortDescription": "filtre pour un café plus pur"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0039-45f1-a17a-24c5248c3263', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('356b997f-a79e-494b-be81-bffb18a3129e', '{"Id": "356b997f-a79e-494b-be81-bffb18a3129e", "Seo": {"Slug": "chiffons-microfibre", "Keywords": ["entretien", "accessoire"], "MetaTitle": "Chiffons Microfibre", "MetaDescription": "pour l''entretien des machines"}, "Name": "Chiffons Microfibre", "Tags": ["entretien", "accessoire"], "Brand": "DakarCafé", "IsNew": false, "Price": 4500, "Images": [], "Rating": 0, "Category": 2, "IsActive": true, "CreatedAt": "2026-12-02T16:44:10.1244392+00:00", "Inventory": {"Stock": 21, "IsTracked": true, "LowStockThreshold": 5}, "SortOrder": 53, "UpdatedAt": "2026-12-02T16:44:10.1244392+00:00", "IsFeatured": false, "Description": "Chiffons Microfibre : pour l''entretien des machines. Un accessoire pour profiter de votre café.", "ReviewCount": 0, "Subcategory": "entretien", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": null, "Material": null, "Intensity": null, "Dimensions": null, "Compatibility": []}, "ShortDescription": "pour l''entretien des machines"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0039-4db3-9c3d-0343e74cf1ec', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('c89b5eb3-5fec-4844-b99c-a92ef8cafb6d', '{"Id": "c89b5eb3-5fec-4844-b99c-a92ef8cafb6d", "Seo": {"Slug": "recycling-bag", "Keywords": ["entretien", "accessoire"], "MetaTitle": "Recycling Bag", "MetaDescription": "sac pour recycler les capsules usagées"}, "Name": "Recycling Bag", "Tags": ["entretien", "accessoire"], "Brand": "DakarCafé", "IsNew": false, "Price": 2500, "Images": [], "Rating": 0, "Category": 2, "IsActive": true, "CreatedAt": "2026-12-02T16:43:10.1244392+00:00", "Inventory": {"Stock": 28, "IsTracked": true, "LowStockThreshold": 5}, "SortOrder": 54, "UpdatedAt": "2026-12-02T16:43:10.1244392+00:00", "IsFeatured": true, "Description": "Recycling Bag : sac pour recycler les capsules usagées. Un accessoire pour profiter de votre café.", "ReviewCount": 0, "Subcategory": "entretien", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": null, "Material": null, "Intensity": null, "Dimensions": null, "Compatibility": []}, "ShortDescription": "sac pour recycler les capsules usagées"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0039-4eec-a8a8-ed2ed4e7286c', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('6a6c7d3b-a973-483a-a80b-0ec74b1aa114', '{"Id": "6a6c7d3b-a973-483a-a80b-0ec74b1aa114", "Seo": {"Slug": "aeroccino-3", "Keywords": ["lait", "accessoire"], "MetaTitle": "Aeroccino 3", "MetaDescription": "mousseur à lait pour une mousse chaude ou froide"}, "Name": "Aeroccino 3", "Tags": ["lait", "accessoire"], "Brand": "DakarCafé", "IsNew": false, "Price": 69000, "Images": [], "Rating": 0, "Category": 2, "IsActive": true, "CreatedAt": "2026-12-02T16:42:10.1244392+00:00", "Inventory": {"Stock": 35, "IsTracked": true, "LowStockThreshold": 5}, "SortOrder": 55, "UpdatedAt": "2026-12-02T16:42:10.1244392+00:00", "IsFeatured": false, "Description": "Aeroccino 3 : mousseur à lait pour une mousse chaude ou froide. Un accessoire pour profiter de votre café.", "ReviewCount": 0, "Subcategory": "lait", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": null, "Material": null, "Intensity": null, "Dimensions": null, "Compatibility": []}, "ShortDescription": "mousseur à lait pour une mousse chaude ou froide"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0039-4188-8921-7f61f04b98c2', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('96a55b68-0e09-4efa-8d7b-600b8802879f', '{"Id": "96a55b68-0e09-4efa-8d7b-600b8802879f", "Seo": {"Slug": "aeroccino-4", "Keywords": ["lait", "accessoire"], "MetaTitle": "Aeroccino 4", "MetaDescription": "mousseur à lait avec quatre recettes"}, "Name": "Aeroccino 4", "Tags": ["lait", "accessoire"], "Brand": "DakarCafé", "IsNew": false, "Price": 89000, "Images": [], "Rating": 0, "Category": 2, "IsActive": true, "CreatedAt": "2026-12-02T16:41:10.1244392+00:00", "Inventory": {"Stock": 42, "IsTracked": true, "LowStockThreshold": 5}, "SortOrder": 56, "UpdatedAt": "2026-12-02T16:41:10.1244392+00:00", "IsFeatured": false, "Description": "Aeroccino 4 : mousseur à lait avec quatre recettes. Un accessoire pour profiter de votre café.", "ReviewCount": 0, "Subcategory": "lait", "Availability": 0, "IsBestSeller": true, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": null, "Material": null, "Intensity": null, "Dimensions": null, "Compatibility": []}, "ShortDescription": "mousseur à lait avec quatre recettes"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0039-4e21-a689-28a93571c135', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('2a5e87d2-2a6e-4cbf-a966-ef66f4d892b2', '{"Id": "2a5e87d2-2a6e-4cbf-a966-ef66f4d892b2", "Seo": {"Slug": "pot-a-lait", "Keywords": ["lait", "accessoire"], "MetaTitle": "Pot à Lait", "MetaDescription": "pot en inox pour le latte art"}, "Name": "Pot à Lait", "Tags": ["lait", "accessoire"], "Brand": "DakarCafé", "IsNew": false, "Price": 15000, "Images": [], "Rating": 0, "Category": 2, "IsActive": true, "CreatedAt": "2026-12-02T16:40:10.1244392+00:00", "Inventory": {"Stock": 49, "IsTracked": true, "LowStockThreshold": 5}, "SortOrder": 57, "UpdatedAt": "2026-12-02T16:40:10.1244392+00:00", "IsFeatured": false, "Description": "Pot à Lait : pot en inox pour le latte art. Un accessoire pour profiter de votre café.", "ReviewCount": 0, "Subcategory": "lait", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": null, "Material": null, "Intensity": null, "Dimensions": null, "Compatibility": []}, "ShortDescription": "pot en inox pour le latte art"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0039-4f83-a264-311c3f458337', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('ac4b8c5e-df64-4af0-96ba-2ec7a5ffb8a0', '{"Id": "ac4b8c5e-df64-4af0-96ba-2ec7a5ffb8a0", "Seo": {"Slug": "distributeur-capsules", "Keywords": ["rangement", "accessoire"], "MetaTitle": "Distributeur Capsules", "MetaDescription": "tour pour quarante capsules"}, "Name": "Distributeur Capsules", "Tags": ["rangement", "accessoire"], "Brand": "DakarCafé", "IsNew": false, "Price": 25000, "Images": [], "Rating": 0, "Category": 2, "IsActive": true, "CreatedAt": "2026-12-02T16:39:10.1244392+00:00", "Inventory": {"Stock": 56, "IsTracked": true, "LowStockThreshold": 5}, "SortOrder": 58, "UpdatedAt": "2026-12-02T16:39:10.1244392+00:00", "IsFeatured": false, "Description": "Distributeur Capsules : tour pour quarante capsules. Un accessoire pour profiter de votre café.", "ReviewCount": 0, "Subcategory": "rangement", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": null, "Material": null, "Intensity": null, "Dimensions": null, "Compatibility": []}, "ShortDescription": "tour pour quarante capsules"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0039-48ea-8c76-5ee068a1d801', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('bfb8a908-3d64-41bf-9c79-9a3f8668f39e', '{"Id": "bfb8a908-3d64-41bf-9c79-9a3f8668f39e", "Seo": {"Slug": "tiroir-capsules", "Keywords": ["rangement", "accessoire"], "MetaTitle": "Tiroir Capsules", "MetaDescription": "tiroir sous la machine pour cinquante capsules"}, "Name": "Tiroir Capsules", "Tags": ["rangement", "accessoire"], "Brand": "DakarCafé", "IsNew": false, "Price": 35000, "Images": [], "Rating": 0, "Category": 2, "IsActive": true, "CreatedAt": "2026-12-02T16:38:10.1244392+00:00", "Inventory": {"Stock": 63, "IsTracked": true, "LowStockThreshold": 5}, "SortOrder": 59, "UpdatedAt": "2026-12-02T16:38:10.1244392+00:00", "IsFeatured": false, "Description": "Tiroir Capsules : tiroir sous la machine pour cinquante capsules. Un accessoire pour profiter de votre café.", "ReviewCount": 0, "Subcategory": "rangement", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": null, "Material": null, "Intensity": null, "Dimensions": null, "Compatibility": []}, "ShortDescription": "tiroir sous la machine pour cinquante capsules"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0039-420e-b96f-fd520d0329b2', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('4daa37ee-b001-4812-890e-e1793b48779c', '{"Id": "4daa37ee-b001-4812-890e-e1793b48779c", "Seo": {"Slug": "coffret-decouverte", "Keywords": ["rangement", "accessoire"], "MetaTitle": "Coffret Découverte", "MetaDescription": "boîte en bois pour présenter vos capsules"}, "Name": "Coffret Découverte", "Tags": ["rangement", "accessoire"], "Brand": "DakarCafé", "IsNew": false, "Price": 19000, "Images": [], "Rating": 0, "Category": 2, "IsActive": true, "CreatedAt": "2026-12-02T16:37:10.1244392+00:00", "Inventory": {"Stock": 70, "IsTracked": true, "LowStockThreshold": 5}, "SortOrder": 60, "UpdatedAt": "2026-12-02T16:37:10.1244392+00:00", "IsFeatured": false, "Description": "Coffret Découverte : boîte en bois pour présenter vos capsules. Un accessoire pour profiter de votre café.", "ReviewCount": 0, "Subcategory": "rangement", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": null, "Material": null, "Intensity": null, "Dimensions": null, "Compatibility": []}, "ShortDescription": "boîte en bois pour présenter vos capsules"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0039-49ee-b81c-5c238ae0ce62', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('0299b646-457b-4e3a-8307-b172754b90a9', '{"Id": "0299b646-457b-4e3a-8307-b172754b90a9", "Seo": {"Slug": "sucre-de-canne-x100", "Keywords": ["epicerie", "accessoire"], "MetaTitle": "Sucre de Canne x100", "MetaDescription": "sticks de sucre de canne"}, "Name": "Sucre de Canne x100", "Tags": ["epicerie", "accessoire"], "Brand": "DakarCafé", "IsNew": false, "Price": 5500, "Images": [], "Rating": 0, "Category": 2, "IsActive": true, "CreatedAt": "2026-12-02T16:36:10.1244392+00:00", "Inventory": {"Stock": 77, "IsTracked": true, "LowStockThreshold": 5}, "SortOrder": 61, "UpdatedAt": "2026-12-02T16:36:10.1244392+00:00", "IsFeatured": false, "Description": "Sucre de Canne x100 : sticks de sucre de canne. Un accessoire pour profiter de votre café.", "ReviewCount": 0, "Subcategory": "epicerie", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": null, "Material": null, "Intensity": null, "Dimensions": null, "Compatibility": []}, "ShortDescription": "sticks de sucre de canne"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0039-4c5b-a7d6-d630bd98c887', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('3c91120f-268c-47f0-826e-ab9bdf9a5a99', '{"Id": "3c91120f-268c-47f0-826e-ab9bdf9a5a99", "Seo": {"Slug": "biscuits-speculoos", "Keywords": ["epicerie", "accessoire"], "MetaTitle": "Biscuits Spéculoos", "MetaDescription": "biscuits pour accompagner le café"}, "Name": "Biscuits Spéculoos", "Tags": ["epicerie", "accessoire"], "Brand": "DakarCafé", "IsNew": false, "Price": 4000, "Images": [], "Rating": 0, "Category": 2, "IsActive": true, "CreatedAt": "2026-12-02T16:35:10.1244392+00:00", "Inventory": {"Stock": 84, "IsTracked": true, "LowStockThreshold": 5}, "SortOrder": 62, "UpdatedAt": "2026-12-02T16:35:10.1244392+00:00", "IsFeatured": false, "Description": "Biscuits Spéculoos : biscuits pour accompagner le café. Un accessoire pour profiter de votre café.", "ReviewCount": 0, "Subcategory": "epicerie", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": null, "Material": null, "Intensity": null, "Dimensions": null, "Compatibility": []}, "ShortDescription": "biscuits pour accompagner le café"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0039-49fd-a482-0256d6bf6c5a', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('4d353426-11c0-4a7c-b8e0-e89478243086', '{"Id": "4d353426-11c0-4a7c-b8e0-e89478243086", "Seo": {"Slug": "sirop-caramel", "Keywords": ["epicerie", "accessoire"], "MetaTitle": "Sirop Caramel", "MetaDescription": "sirop pour les recettes au lait"}, "Name": "Sirop Caramel", "Tags": ["epicerie", "accessoire"], "Brand": "DakarCafé", "IsNew": false, "Price": 6500, "Images": [], "Rating": 0, "Category": 2, "IsActive": true, "CreatedAt": "2026-12-02T16:34:10.1244392+00:00", "Inventory": {"Stock": 91, "IsTracked": true, "LowStockThreshold": 5}, "SortOrder": 63, "UpdatedAt": "2026-12-02T16:34:10.1244392+00:00", "IsFeatured": true, "Description": "Sirop Caramel : sirop pour les recettes au lait. Un accessoire pour profiter de votre café.", "ReviewCount": 0, "Subcategory": "epicerie", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": null, "Material": null, "Intensity": null, "Dimensions": null, "Compatibility": []}, "ShortDescription": "sirop pour les recettes au lait"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0039-49d4-a35e-82536e2a8c18', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('9549a2d9-db3c-4da6-a957-8088d389a231', '{"Id": "9549a2d9-db3c-4da6-a957-8088d389a231", "Seo": {"Slug": "sirop-vanille", "Keywords": ["epicerie", "accessoire"], "MetaTitle": "Sirop Vanille", "MetaDescription": "sirop vanille pour les lattés"}, "Name": "Sirop Vanille", "Tags": ["epicerie", "accessoire"], "Brand": "DakarCafé", "IsNew": false, "Price": 6500, "Images": [], "Rating": 0, "Category": 2, "IsActive": true, "CreatedAt": "2026-12-02T16:33:10.1244392+00:00", "Inventory": {"Stock": 98, "IsTracked": true, "LowStockThreshold": 5}, "SortOrder": 64, "UpdatedAt": "2026-12-02T16:33:10.1244392+00:00", "IsFeatured": false, "Description": "Sirop Vanille : sirop vanille pour les lattés. Un accessoire pour profiter de votre café.", "ReviewCount": 0, "Subcategory": "epicerie", "Availability": 0, "IsBestSeller": true, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": null, "Material": null, "Intensity": null, "Dimensions": null, "Compatibility": []}, "ShortDescription": "sirop vanille pour les lattés"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0039-4140-92fc-df849fa818f6', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('562edbf4-4d27-418a-9693-c89aaa6268d7', '{"Id": "562edbf4-4d27-418a-9693-c89aaa6268d7", "Seo": {"Slug": "cuilleres-espresso-x6", "Keywords": ["tasses", "accessoire"], "MetaTitle": "Cuillères Espresso x6", "MetaDescription": "petites cuillères en inox"}, "Name": "Cuillères Espresso x6", "Tags": ["tasses", "accessoire"], "Brand": "DakarCafé", "IsNew": false, "Price": 8000, "Images": [], "Rating": 0, "Category": 2, "IsActive": true, "CreatedAt": "2026-12-02T16:32:10.1244392+00:00", "Inventory": {"Stock": 15, "IsTracked": true, "LowStockThreshold": 5}, "SortOrder": 65, "UpdatedAt": "2026-12-02T16:32:10.1244392+00:00", "IsFeatured": false, "Description": "Cuillères Espresso x6 : petites cuillères en inox. Un accessoire pour profiter de votre café.", "ReviewCount": 0, "Subcategory": "tasses", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": null, "Material": null, "Intensity": null, "Dimensions": null, "Compatibility": []}, "ShortDescription": "petites cuillères en inox"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0039-4318-b68e-3c1f23926ed3', 'DakarCafe.Schema.Products.Product');
INSERT INTO public.mt_doc_product VALUES ('55e8dffe-8432-40d7-b042-1037669ceca3', '{"Id": "55e8dffe-8432-40d7-b042-1037669ceca3", "Seo": {"Slug": "plateau-service", "Keywords": ["rangement", "accessoire"], "MetaTitle": "Plateau Service", "MetaDescription": "plateau en bois de Casamance"}, "Name": "Plateau Service", "Tags": ["rangement", "accessoire"], "Brand": "DakarCafé", "IsNew": false, "Price": 21000, "Images": [], "Rating": 0, "Category": 2, "IsActive": true, "CreatedAt": "2026-12-02T16:31:10.1244392+00:00", "Inventory": {"Stock": 22, "IsTracked": true, "LowStockThreshold": 5}, "SortOrder": 66, "UpdatedAt": "2026-12-02T16:31:10.1244392+00:00", "IsFeatured": false, "Description": "Plateau Service : plateau en bois de Casamance. Un accessoire pour profiter de votre café.", "ReviewCount": 0, "Subcategory": "rangement", "Availability": 0, "IsBestSeller": false, "OriginalPrice": null, "Specifications": {"Color": null, "Weight": null, "Material": null, "Intensity": null, "Dimensions": null, "Compatibility": []}, "ShortDescription": "plateau en bois de Casamance"}', '2026-12-02 17:36:10.318068+00', '01a237d4-0039-4fc8-8e35-c8779ad33370', 'DakarCafe.Schema.Products.Product');


--
-- Data for Name: mt_doc_productreviewstats; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mt_doc_pushdevices; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mt_doc_review; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mt_doc_scheduledjob; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mt_doc_storedfile; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mt_doc_uploadticket; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mt_doc_user; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mt_doc_user VALUES ('d45c85ee-157b-4890-9cf8-8d512fcf9de0', '{"Id": "d45c85ee-157b-4890-9cf8-8d512fcf9de0", "Name": "Admin DakarCafé", "Role": 1, "Email": "admin@dakarcafe.sn", "Phone": null, "Avatar": null, "IsActive": true, "Addresses": [], "CreatedAt": "2026-12-02T17:36:10.378556+00:00", "LastLogin": null, "UpdatedAt": "2026-12-02T17:36:10.378556+00:00", "Preferences": {"Currency": "FCFA", "Delivery": {"PreferredTime": "any", "SpecialInstructions": null}, "Language": 0, "Notifications": {"Sms": false, "Push": false, "Email": true}}}', '2026-12-02 17:36:10.651135+00', 'decab542-ac04-496b-975c-362a7e117a77', 'DakarCafe.Schema.Users.User');
INSERT INTO public.mt_doc_user VALUES ('d9089a5a-c2cd-4613-b877-35e0717fc928', '{"Id": "d9089a5a-c2cd-4613-b877-35e0717fc928", "Name": "Awa Ndiaye", "Role": 0, "Email": "awa@example.sn", "Phone": null, "Avatar": null, "IsActive": true, "Addresses": [], "CreatedAt": "2026-12-02T17:36:10.7825456+00:00", "LastLogin": null, "UpdatedAt": "2026-12-02T17:36:10.7825456+00:00", "Preferences": {"Currency": "FCFA", "Delivery": {"PreferredTime": "any", "SpecialInstructions": null}, "Language": 0, "Notifications": {"Sms": false, "Push": false, "Email": true}}}', '2026-12-02 17:36:10.878534+00', '5ff84177-567c-4339-96f4-42d84231fc4d', 'DakarCafe.Schema.Users.User');
INSERT INTO public.mt_doc_user VALUES ('46104f47-56ad-446d-837d-b97e9e3fbba8', '{"Id": "46104f47-56ad-446d-837d-b97e9e3fbba8", "Name": "Moussa Sow", "Role": 0, "Email": "moussa@example.sn", "Phone": null, "Avatar": null, "IsActive": true, "Addresses": [], "CreatedAt": "2026-12-02T17:36:10.8829352+00:00", "LastLogin": null, "UpdatedAt": "2026-12-02T17:36:10.8829352+00:00", "Preferences": {"Currency": "FCFA", "Delivery": {"PreferredTime": "any", "SpecialInstructions": null}, "Language": 0, "Notifications": {"Sms": false, "Push": false, "Email": true}}}', '2026-12-02 17:36:10.968484+00', '748b855b-a410-4f18-8a50-1a5d8dd38803', 'DakarCafe.Schema.Users.User');


--
-- Data for Name: mt_event_progression; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mt_event_projection_floors; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mt_events; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mt_high_water_skips; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mt_streams; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Name: seq_order_numbers; Type: SEQUENCE SET; Schema: dakarcafe; Owner: -
--

SELECT pg_catalog.setval('dakarcafe.seq_order_numbers', 1, false);


--
-- Name: versions; Type: SEQUENCE SET; Schema: dakarcafe; Owner: -
--

SELECT pg_catalog.setval('dakarcafe.versions', 5, true);


--
-- Name: writes_seq_seq; Type: SEQUENCE SET; Schema: dakarcafe; Owner: -
--

SELECT pg_catalog.setval('dakarcafe.writes_seq_seq', 83, true);


--
-- Name: mt_events_sequence; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.mt_events_sequence', 1, false);


--
-- Name: commits commits_pkey; Type: CONSTRAINT; Schema: dakarcafe; Owner: -
--

ALTER TABLE ONLY dakarcafe.commits
    ADD CONSTRAINT commits_pkey PRIMARY KEY (version);


--
-- Name: commits commits_xid_key; Type: CONSTRAINT; Schema: dakarcafe; Owner: -
--

ALTER TABLE ONLY dakarcafe.commits
    ADD CONSTRAINT commits_xid_key UNIQUE (xid);


--
-- Name: crons crons_pkey; Type: CONSTRAINT; Schema: dakarcafe; Owner: -
--

ALTER TABLE ONLY dakarcafe.crons
    ADD CONSTRAINT crons_pkey PRIMARY KEY (name);


--
-- Name: flushes flushes_pkey; Type: CONSTRAINT; Schema: dakarcafe; Owner: -
--

ALTER TABLE ONLY dakarcafe.flushes
    ADD CONSTRAINT flushes_pkey PRIMARY KEY (id);


--
-- Name: log_horizon log_horizon_pkey; Type: CONSTRAINT; Schema: dakarcafe; Owner: -
--

ALTER TABLE ONLY dakarcafe.log_horizon
    ADD CONSTRAINT log_horizon_pkey PRIMARY KEY (id);


--
-- Name: mutation_receipts mutation_receipts_pkey; Type: CONSTRAINT; Schema: dakarcafe; Owner: -
--

ALTER TABLE ONLY dakarcafe.mutation_receipts
    ADD CONSTRAINT mutation_receipts_pkey PRIMARY KEY (session_id, request_id);


--
-- Name: writes writes_pkey; Type: CONSTRAINT; Schema: dakarcafe; Owner: -
--

ALTER TABLE ONLY dakarcafe.writes
    ADD CONSTRAINT writes_pkey PRIMARY KEY (seq);


--
-- Name: OpenIddictApplications PK_OpenIddictApplications; Type: CONSTRAINT; Schema: openiddict; Owner: -
--

ALTER TABLE ONLY openiddict."OpenIddictApplications"
    ADD CONSTRAINT "PK_OpenIddictApplications" PRIMARY KEY ("Id");


--
-- Name: OpenIddictAuthorizations PK_OpenIddictAuthorizations; Type: CONSTRAINT; Schema: openiddict; Owner: -
--

ALTER TABLE ONLY openiddict."OpenIddictAuthorizations"
    ADD CONSTRAINT "PK_OpenIddictAuthorizations" PRIMARY KEY ("Id");


--
-- Name: OpenIddictScopes PK_OpenIddictScopes; Type: CONSTRAINT; Schema: openiddict; Owner: -
--

ALTER TABLE ONLY openiddict."OpenIddictScopes"
    ADD CONSTRAINT "PK_OpenIddictScopes" PRIMARY KEY ("Id");


--
-- Name: OpenIddictTokens PK_OpenIddictTokens; Type: CONSTRAINT; Schema: openiddict; Owner: -
--

ALTER TABLE ONLY openiddict."OpenIddictTokens"
    ADD CONSTRAINT "PK_OpenIddictTokens" PRIMARY KEY ("Id");


--
-- Name: mt_event_progression pk_mt_event_progression; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_event_progression
    ADD CONSTRAINT pk_mt_event_progression PRIMARY KEY (name);


--
-- Name: mt_doc_account pkey_mt_doc_account_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_doc_account
    ADD CONSTRAINT pkey_mt_doc_account_id PRIMARY KEY (id);


--
-- Name: mt_doc_analyticsevent pkey_mt_doc_analyticsevent_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_doc_analyticsevent
    ADD CONSTRAINT pkey_mt_doc_analyticsevent_id PRIMARY KEY (id);


--
-- Name: mt_doc_cart pkey_mt_doc_cart_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_doc_cart
    ADD CONSTRAINT pkey_mt_doc_cart_id PRIMARY KEY (id);


--
-- Name: mt_doc_category pkey_mt_doc_category_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_doc_category
    ADD CONSTRAINT pkey_mt_doc_category_id PRIMARY KEY (id);


--
-- Name: mt_doc_deadletterevent pkey_mt_doc_deadletterevent_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_doc_deadletterevent
    ADD CONSTRAINT pkey_mt_doc_deadletterevent_id PRIMARY KEY (id);


--
-- Name: mt_doc_deliverysubscription pkey_mt_doc_deliverysubscription_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_doc_deliverysubscription
    ADD CONSTRAINT pkey_mt_doc_deliverysubscription_id PRIMARY KEY (id);


--
-- Name: mt_doc_helpfulvote pkey_mt_doc_helpfulvote_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_doc_helpfulvote
    ADD CONSTRAINT pkey_mt_doc_helpfulvote_id PRIMARY KEY (id);


--
-- Name: mt_doc_notification pkey_mt_doc_notification_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_doc_notification
    ADD CONSTRAINT pkey_mt_doc_notification_id PRIMARY KEY (id);


--
-- Name: mt_doc_order pkey_mt_doc_order_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_doc_order
    ADD CONSTRAINT pkey_mt_doc_order_id PRIMARY KEY (id);


--
-- Name: mt_doc_payment pkey_mt_doc_payment_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_doc_payment
    ADD CONSTRAINT pkey_mt_doc_payment_id PRIMARY KEY (id);


--
-- Name: mt_doc_product pkey_mt_doc_product_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_doc_product
    ADD CONSTRAINT pkey_mt_doc_product_id PRIMARY KEY (id);


--
-- Name: mt_doc_productreviewstats pkey_mt_doc_productreviewstats_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_doc_productreviewstats
    ADD CONSTRAINT pkey_mt_doc_productreviewstats_id PRIMARY KEY (id);


--
-- Name: mt_doc_pushdevices pkey_mt_doc_pushdevices_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_doc_pushdevices
    ADD CONSTRAINT pkey_mt_doc_pushdevices_id PRIMARY KEY (id);


--
-- Name: mt_doc_review pkey_mt_doc_review_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_doc_review
    ADD CONSTRAINT pkey_mt_doc_review_id PRIMARY KEY (id);


--
-- Name: mt_doc_scheduledjob pkey_mt_doc_scheduledjob_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_doc_scheduledjob
    ADD CONSTRAINT pkey_mt_doc_scheduledjob_id PRIMARY KEY (id);


--
-- Name: mt_doc_storedfile pkey_mt_doc_storedfile_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_doc_storedfile
    ADD CONSTRAINT pkey_mt_doc_storedfile_id PRIMARY KEY (id);


--
-- Name: mt_doc_uploadticket pkey_mt_doc_uploadticket_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_doc_uploadticket
    ADD CONSTRAINT pkey_mt_doc_uploadticket_id PRIMARY KEY (id);


--
-- Name: mt_doc_user pkey_mt_doc_user_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_doc_user
    ADD CONSTRAINT pkey_mt_doc_user_id PRIMARY KEY (id);


--
-- Name: mt_event_projection_floors pkey_mt_event_projection_floors_name_tenant_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_event_projection_floors
    ADD CONSTRAINT pkey_mt_event_projection_floors_name_tenant_id PRIMARY KEY (name, tenant_id);


--
-- Name: mt_events pkey_mt_events_seq_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_events
    ADD CONSTRAINT pkey_mt_events_seq_id PRIMARY KEY (seq_id);


--
-- Name: mt_high_water_skips pkey_mt_high_water_skips_ending_sequence; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_high_water_skips
    ADD CONSTRAINT pkey_mt_high_water_skips_ending_sequence PRIMARY KEY (ending_sequence);


--
-- Name: mt_streams pkey_mt_streams_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_streams
    ADD CONSTRAINT pkey_mt_streams_id PRIMARY KEY (id);


--
-- Name: writes_xid; Type: INDEX; Schema: dakarcafe; Owner: -
--

CREATE INDEX writes_xid ON dakarcafe.writes USING btree (xid);


--
-- Name: IX_OpenIddictApplications_ClientId; Type: INDEX; Schema: openiddict; Owner: -
--

CREATE UNIQUE INDEX "IX_OpenIddictApplications_ClientId" ON openiddict."OpenIddictApplications" USING btree ("ClientId");


--
-- Name: IX_OpenIddictAuthorizations_ApplicationId_Status_Subject_Type; Type: INDEX; Schema: openiddict; Owner: -
--

CREATE INDEX "IX_OpenIddictAuthorizations_ApplicationId_Status_Subject_Type" ON openiddict."OpenIddictAuthorizations" USING btree ("ApplicationId", "Status", "Subject", "Type");


--
-- Name: IX_OpenIddictScopes_Name; Type: INDEX; Schema: openiddict; Owner: -
--

CREATE UNIQUE INDEX "IX_OpenIddictScopes_Name" ON openiddict."OpenIddictScopes" USING btree ("Name");


--
-- Name: IX_OpenIddictTokens_ApplicationId_Status_Subject_Type; Type: INDEX; Schema: openiddict; Owner: -
--

CREATE INDEX "IX_OpenIddictTokens_ApplicationId_Status_Subject_Type" ON openiddict."OpenIddictTokens" USING btree ("ApplicationId", "Status", "Subject", "Type");


--
-- Name: IX_OpenIddictTokens_AuthorizationId; Type: INDEX; Schema: openiddict; Owner: -
--

CREATE INDEX "IX_OpenIddictTokens_AuthorizationId" ON openiddict."OpenIddictTokens" USING btree ("AuthorizationId");


--
-- Name: IX_OpenIddictTokens_ReferenceId; Type: INDEX; Schema: openiddict; Owner: -
--

CREATE UNIQUE INDEX "IX_OpenIddictTokens_ReferenceId" ON openiddict."OpenIddictTokens" USING btree ("ReferenceId");


--
-- Name: mt_doc_account_uidx_email; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX mt_doc_account_uidx_email ON public.mt_doc_account USING btree (((data ->> 'Email'::text)));


--
-- Name: mt_doc_analyticsevent_idx_event; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mt_doc_analyticsevent_idx_event ON public.mt_doc_analyticsevent USING btree (event);


--
-- Name: mt_doc_analyticsevent_idx_occurred_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mt_doc_analyticsevent_idx_occurred_at ON public.mt_doc_analyticsevent USING btree (occurred_at);


--
-- Name: mt_doc_analyticsevent_idx_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mt_doc_analyticsevent_idx_user_id ON public.mt_doc_analyticsevent USING btree (user_id);


--
-- Name: mt_doc_category_idx_parent_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mt_doc_category_idx_parent_id ON public.mt_doc_category USING btree ((((data ->> 'ParentId'::text))::uuid));


--
-- Name: mt_doc_category_uidx_slug; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX mt_doc_category_uidx_slug ON public.mt_doc_category USING btree (((data ->> 'Slug'::text)));


--
-- Name: mt_doc_deliverysubscription_idx_next_delivery; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mt_doc_deliverysubscription_idx_next_delivery ON public.mt_doc_deliverysubscription USING btree (public.mt_immutable_timestamptz((data ->> 'NextDelivery'::text)));


--
-- Name: mt_doc_deliverysubscription_idx_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mt_doc_deliverysubscription_idx_status ON public.mt_doc_deliverysubscription USING btree ((((data ->> 'Status'::text))::integer));


--
-- Name: mt_doc_deliverysubscription_idx_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mt_doc_deliverysubscription_idx_user_id ON public.mt_doc_deliverysubscription USING btree ((((data ->> 'UserId'::text))::uuid));


--
-- Name: mt_doc_notification_idx_created_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mt_doc_notification_idx_created_at ON public.mt_doc_notification USING btree (public.mt_immutable_timestamptz((data ->> 'CreatedAt'::text)));


--
-- Name: mt_doc_notification_idx_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mt_doc_notification_idx_user_id ON public.mt_doc_notification USING btree ((((data ->> 'UserId'::text))::uuid));


--
-- Name: mt_doc_order_idx_created_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mt_doc_order_idx_created_at ON public.mt_doc_order USING btree (public.mt_immutable_timestamptz((data ->> 'CreatedAt'::text)));


--
-- Name: mt_doc_order_idx_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mt_doc_order_idx_status ON public.mt_doc_order USING btree ((((data ->> 'Status'::text))::integer));


--
-- Name: mt_doc_order_idx_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mt_doc_order_idx_user_id ON public.mt_doc_order USING btree ((((data ->> 'UserId'::text))::uuid));


--
-- Name: mt_doc_order_uidx_order_number; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX mt_doc_order_uidx_order_number ON public.mt_doc_order USING btree (((data ->> 'OrderNumber'::text)));


--
-- Name: mt_doc_payment_idx_order_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mt_doc_payment_idx_order_id ON public.mt_doc_payment USING btree ((((data ->> 'OrderId'::text))::uuid));


--
-- Name: mt_doc_payment_idx_provider_token_hash; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mt_doc_payment_idx_provider_token_hash ON public.mt_doc_payment USING btree (((data ->> 'ProviderTokenHash'::text)));


--
-- Name: mt_doc_product_idx_category; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mt_doc_product_idx_category ON public.mt_doc_product USING btree ((((data ->> 'Category'::text))::integer));


--
-- Name: mt_doc_product_idx_is_active; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mt_doc_product_idx_is_active ON public.mt_doc_product USING btree ((((data ->> 'IsActive'::text))::boolean));


--
-- Name: mt_doc_product_idx_is_featured; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mt_doc_product_idx_is_featured ON public.mt_doc_product USING btree ((((data ->> 'IsFeatured'::text))::boolean));


--
-- Name: mt_doc_product_idx_price; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mt_doc_product_idx_price ON public.mt_doc_product USING btree ((((data ->> 'Price'::text))::bigint));


--
-- Name: mt_doc_product_idx_rating; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mt_doc_product_idx_rating ON public.mt_doc_product USING btree ((((data ->> 'Rating'::text))::numeric));


--
-- Name: mt_doc_product_uidx_seo_slug; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX mt_doc_product_uidx_seo_slug ON public.mt_doc_product USING btree ((((data -> 'Seo'::text) ->> 'Slug'::text)));


--
-- Name: mt_doc_review_idx_created_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mt_doc_review_idx_created_at ON public.mt_doc_review USING btree (public.mt_immutable_timestamptz((data ->> 'CreatedAt'::text)));


--
-- Name: mt_doc_review_idx_product_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mt_doc_review_idx_product_id ON public.mt_doc_review USING btree ((((data ->> 'ProductId'::text))::uuid));


--
-- Name: mt_doc_review_idx_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mt_doc_review_idx_user_id ON public.mt_doc_review USING btree ((((data ->> 'UserId'::text))::uuid));


--
-- Name: mt_doc_scheduledjob_idx_claimed_until; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mt_doc_scheduledjob_idx_claimed_until ON public.mt_doc_scheduledjob USING btree (claimed_until);


--
-- Name: mt_doc_scheduledjob_idx_run_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mt_doc_scheduledjob_idx_run_at ON public.mt_doc_scheduledjob USING btree (run_at);


--
-- Name: mt_doc_scheduledjob_idx_state; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mt_doc_scheduledjob_idx_state ON public.mt_doc_scheduledjob USING btree (state);


--
-- Name: mt_doc_uploadticket_idx_expires_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mt_doc_uploadticket_idx_expires_at ON public.mt_doc_uploadticket USING btree (public.mt_immutable_timestamptz((data ->> 'ExpiresAt'::text)));


--
-- Name: mt_doc_user_uidx_email; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX mt_doc_user_uidx_email ON public.mt_doc_user USING btree (((data ->> 'Email'::text)));


--
-- Name: mt_product_search; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mt_product_search ON public.mt_doc_product USING gin (to_tsvector('simple'::regconfig, (((data ->> 'Name'::text) || ' '::text) || (data ->> 'Description'::text))));


--
-- Name: pk_mt_events_stream_and_version; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX pk_mt_events_stream_and_version ON public.mt_events USING btree (stream_id, version);


--
-- Name: mutation_receipts dakarcafe_log_receipt; Type: TRIGGER; Schema: dakarcafe; Owner: -
--

CREATE TRIGGER dakarcafe_log_receipt AFTER INSERT ON dakarcafe.mutation_receipts FOR EACH ROW EXECUTE FUNCTION dakarcafe.log_receipt();


--
-- Name: writes dakarcafe_stamp_commit; Type: TRIGGER; Schema: dakarcafe; Owner: -
--

CREATE CONSTRAINT TRIGGER dakarcafe_stamp_commit AFTER INSERT ON dakarcafe.writes DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dakarcafe.stamp_commit();


--
-- Name: mt_doc_cart dakarcafe_log_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dakarcafe_log_truncate AFTER TRUNCATE ON public.mt_doc_cart FOR EACH STATEMENT EXECUTE FUNCTION dakarcafe.log_truncate();


--
-- Name: mt_doc_category dakarcafe_log_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dakarcafe_log_truncate AFTER TRUNCATE ON public.mt_doc_category FOR EACH STATEMENT EXECUTE FUNCTION dakarcafe.log_truncate();


--
-- Name: mt_doc_deliverysubscription dakarcafe_log_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dakarcafe_log_truncate AFTER TRUNCATE ON public.mt_doc_deliverysubscription FOR EACH STATEMENT EXECUTE FUNCTION dakarcafe.log_truncate();


--
-- Name: mt_doc_helpfulvote dakarcafe_log_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dakarcafe_log_truncate AFTER TRUNCATE ON public.mt_doc_helpfulvote FOR EACH STATEMENT EXECUTE FUNCTION dakarcafe.log_truncate();


--
-- Name: mt_doc_notification dakarcafe_log_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dakarcafe_log_truncate AFTER TRUNCATE ON public.mt_doc_notification FOR EACH STATEMENT EXECUTE FUNCTION dakarcafe.log_truncate();


--
-- Name: mt_doc_order dakarcafe_log_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dakarcafe_log_truncate AFTER TRUNCATE ON public.mt_doc_order FOR EACH STATEMENT EXECUTE FUNCTION dakarcafe.log_truncate();


--
-- Name: mt_doc_payment dakarcafe_log_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dakarcafe_log_truncate AFTER TRUNCATE ON public.mt_doc_payment FOR EACH STATEMENT EXECUTE FUNCTION dakarcafe.log_truncate();


--
-- Name: mt_doc_product dakarcafe_log_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dakarcafe_log_truncate AFTER TRUNCATE ON public.mt_doc_product FOR EACH STATEMENT EXECUTE FUNCTION dakarcafe.log_truncate();


--
-- Name: mt_doc_productreviewstats dakarcafe_log_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dakarcafe_log_truncate AFTER TRUNCATE ON public.mt_doc_productreviewstats FOR EACH STATEMENT EXECUTE FUNCTION dakarcafe.log_truncate();


--
-- Name: mt_doc_pushdevices dakarcafe_log_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dakarcafe_log_truncate AFTER TRUNCATE ON public.mt_doc_pushdevices FOR EACH STATEMENT EXECUTE FUNCTION dakarcafe.log_truncate();


--
-- Name: mt_doc_review dakarcafe_log_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dakarcafe_log_truncate AFTER TRUNCATE ON public.mt_doc_review FOR EACH STATEMENT EXECUTE FUNCTION dakarcafe.log_truncate();


--
-- Name: mt_doc_scheduledjob dakarcafe_log_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dakarcafe_log_truncate AFTER TRUNCATE ON public.mt_doc_scheduledjob FOR EACH STATEMENT EXECUTE FUNCTION dakarcafe.log_truncate();


--
-- Name: mt_doc_storedfile dakarcafe_log_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dakarcafe_log_truncate AFTER TRUNCATE ON public.mt_doc_storedfile FOR EACH STATEMENT EXECUTE FUNCTION dakarcafe.log_truncate();


--
-- Name: mt_doc_uploadticket dakarcafe_log_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dakarcafe_log_truncate AFTER TRUNCATE ON public.mt_doc_uploadticket FOR EACH STATEMENT EXECUTE FUNCTION dakarcafe.log_truncate();


--
-- Name: mt_doc_user dakarcafe_log_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dakarcafe_log_truncate AFTER TRUNCATE ON public.mt_doc_user FOR EACH STATEMENT EXECUTE FUNCTION dakarcafe.log_truncate();


--
-- Name: mt_doc_cart dakarcafe_log_write; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dakarcafe_log_write AFTER INSERT OR DELETE OR UPDATE ON public.mt_doc_cart FOR EACH ROW EXECUTE FUNCTION dakarcafe.log_document_write();


--
-- Name: mt_doc_category dakarcafe_log_write; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dakarcafe_log_write AFTER INSERT OR DELETE OR UPDATE ON public.mt_doc_category FOR EACH ROW EXECUTE FUNCTION dakarcafe.log_document_write();


--
-- Name: mt_doc_deliverysubscription dakarcafe_log_write; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dakarcafe_log_write AFTER INSERT OR DELETE OR UPDATE ON public.mt_doc_deliverysubscription FOR EACH ROW EXECUTE FUNCTION dakarcafe.log_document_write();


--
-- Name: mt_doc_helpfulvote dakarcafe_log_write; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dakarcafe_log_write AFTER INSERT OR DELETE OR UPDATE ON public.mt_doc_helpfulvote FOR EACH ROW EXECUTE FUNCTION dakarcafe.log_document_write();


--
-- Name: mt_doc_notification dakarcafe_log_write; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dakarcafe_log_write AFTER INSERT OR DELETE OR UPDATE ON public.mt_doc_notification FOR EACH ROW EXECUTE FUNCTION dakarcafe.log_document_write();


--
-- Name: mt_doc_order dakarcafe_log_write; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dakarcafe_log_write AFTER INSERT OR DELETE OR UPDATE ON public.mt_doc_order FOR EACH ROW EXECUTE FUNCTION dakarcafe.log_document_write();


--
-- Name: mt_doc_payment dakarcafe_log_write; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dakarcafe_log_write AFTER INSERT OR DELETE OR UPDATE ON public.mt_doc_payment FOR EACH ROW EXECUTE FUNCTION dakarcafe.log_document_write();


--
-- Name: mt_doc_product dakarcafe_log_write; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dakarcafe_log_write AFTER INSERT OR DELETE OR UPDATE ON public.mt_doc_product FOR EACH ROW EXECUTE FUNCTION dakarcafe.log_document_write();


--
-- Name: mt_doc_productreviewstats dakarcafe_log_write; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dakarcafe_log_write AFTER INSERT OR DELETE OR UPDATE ON public.mt_doc_productreviewstats FOR EACH ROW EXECUTE FUNCTION dakarcafe.log_document_write();


--
-- Name: mt_doc_pushdevices dakarcafe_log_write; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dakarcafe_log_write AFTER INSERT OR DELETE OR UPDATE ON public.mt_doc_pushdevices FOR EACH ROW EXECUTE FUNCTION dakarcafe.log_document_write();


--
-- Name: mt_doc_review dakarcafe_log_write; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dakarcafe_log_write AFTER INSERT OR DELETE OR UPDATE ON public.mt_doc_review FOR EACH ROW EXECUTE FUNCTION dakarcafe.log_document_write();


--
-- Name: mt_doc_scheduledjob dakarcafe_log_write; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dakarcafe_log_write AFTER INSERT OR DELETE OR UPDATE ON public.mt_doc_scheduledjob FOR EACH ROW EXECUTE FUNCTION dakarcafe.log_document_write();


--
-- Name: mt_doc_storedfile dakarcafe_log_write; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dakarcafe_log_write AFTER INSERT OR DELETE OR UPDATE ON public.mt_doc_storedfile FOR EACH ROW EXECUTE FUNCTION dakarcafe.log_document_write();


--
-- Name: mt_doc_uploadticket dakarcafe_log_write; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dakarcafe_log_write AFTER INSERT OR DELETE OR UPDATE ON public.mt_doc_uploadticket FOR EACH ROW EXECUTE FUNCTION dakarcafe.log_document_write();


--
-- Name: mt_doc_user dakarcafe_log_write; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER dakarcafe_log_write AFTER INSERT OR DELETE OR UPDATE ON public.mt_doc_user FOR EACH ROW EXECUTE FUNCTION dakarcafe.log_document_write();


--
-- Name: OpenIddictAuthorizations FK_OpenIddictAuthorizations_OpenIddictApplications_Application~; Type: FK CONSTRAINT; Schema: openiddict; Owner: -
--

ALTER TABLE ONLY openiddict."OpenIddictAuthorizations"
    ADD CONSTRAINT "FK_OpenIddictAuthorizations_OpenIddictApplications_Application~" FOREIGN KEY ("ApplicationId") REFERENCES openiddict."OpenIddictApplications"("Id");


--
-- Name: OpenIddictTokens FK_OpenIddictTokens_OpenIddictApplications_ApplicationId; Type: FK CONSTRAINT; Schema: openiddict; Owner: -
--

ALTER TABLE ONLY openiddict."OpenIddictTokens"
    ADD CONSTRAINT "FK_OpenIddictTokens_OpenIddictApplications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES openiddict."OpenIddictApplications"("Id");


--
-- Name: OpenIddictTokens FK_OpenIddictTokens_OpenIddictAuthorizations_AuthorizationId; Type: FK CONSTRAINT; Schema: openiddict; Owner: -
--

ALTER TABLE ONLY openiddict."OpenIddictTokens"
    ADD CONSTRAINT "FK_OpenIddictTokens_OpenIddictAuthorizations_AuthorizationId" FOREIGN KEY ("AuthorizationId") REFERENCES openiddict."OpenIddictAuthorizations"("Id");


--
-- Name: mt_events fkey_mt_events_stream_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mt_events
    ADD CONSTRAINT fkey_mt_events_stream_id FOREIGN KEY (stream_id) REFERENCES public.mt_streams(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict QmQXi520bgAM2VdY4iWLT7RfVYc6AQ78PhLfgXh3jraCO3Sew1Gd3i3iu6G4zJE

