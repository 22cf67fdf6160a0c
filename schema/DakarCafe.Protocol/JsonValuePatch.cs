using System.Text.Json;
using System.Text.Json.Nodes;

namespace DakarCafe.Protocol;

/// <summary>
/// A keyed patch between two JSON values, sent instead of the new value when smaller. Its forms:
/// <c>{"kind":"object","set":{name: patch},"unset":[name]}</c> for an object,
/// <c>{"kind":"list","keys":[key],"set":{key: element}}</c> for an array of objects that all have a distinct
/// <c>id</c> (elements not in <c>set</c> are kept from the old value by key; <c>keys</c>, the new order, is left out
/// when the ids and their order did not change), and
/// <c>{"kind":"replace","value": v}</c> for anything else. Clients apply it to the value of the base hash.
/// </summary>
public static class JsonValuePatch
{
    private const string IdProperty = "id";

    /// <summary>The patch as UTF-8 JSON when it is smaller than <paramref name="after"/>; null otherwise.</summary>
    public static byte[]? CreateIfSmaller(byte[] before, byte[] after)
    {
        var patch = Diff(JsonNode.Parse(before), JsonNode.Parse(after));
        if (patch["kind"]!.GetValue<string>() == "replace")
        {
            return null;
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(patch);
        return bytes.Length < after.Length ? bytes : null;
    }

    /// <summary>Applies a patch to the value it was made against and returns the new value.</summary>
    public static JsonNode? Apply(JsonNode? value, JsonNode patch)
    {
        switch (patch["kind"]!.GetValue<string>())
        {
            case "object":
                var target = value!.AsObject().DeepClone().AsObject();
                foreach (var name in patch["unset"]!.AsArray())
                {
                    target.Remove(name!.GetValue<string>());
                }

                foreach (var (name, inner) in patch["set"]!.AsObject())
                {
                    target[name] = Apply(target[name], inner!);
                }

                return target;
            case "list":
                var old = value!.AsArray().Where(e => e is not null).ToDictionary(e => KeyOf(e!)!);
                var set = patch["set"]!.AsObject();
                var keys = patch["keys"]?.AsArray().Select(k => k!.GetValue<string>()) ?? old.Keys;
                return new JsonArray(keys.Select(k => (set[k] ?? old[k])?.DeepClone()).ToArray());
            default:
                return patch["value"]?.DeepClone();
        }
    }

    private static JsonObject Diff(JsonNode? before, JsonNode? after)
    {
        if (before is JsonObject oldObject && after is JsonObject newObject)
        {
            var set = new JsonObject();
            foreach (var (name, value) in newObject)
            {
                if (!oldObject.TryGetPropertyValue(name, out var oldValue) || !JsonNode.DeepEquals(oldValue, value))
                {
                    set[name] = oldObject.ContainsKey(name) ? Diff(oldValue, value) : Replace(value);
                }
            }

            var unset = new JsonArray(oldObject.Select(p => p.Key).Where(k => !newObject.ContainsKey(k)).Select(k => (JsonNode)k).ToArray());
            return new JsonObject { ["kind"] = "object", ["set"] = set, ["unset"] = unset };
        }

        if (before is JsonArray oldArray && after is JsonArray newArray && Keys(oldArray) is { } oldKeys && Keys(newArray) is { } newKeys)
        {
            var oldByKey = oldKeys.Zip(oldArray).ToDictionary(x => x.First, x => x.Second);
            var set = new JsonObject();
            foreach (var (key, element) in newKeys.Zip(newArray))
            {
                if (!oldByKey.TryGetValue(key, out var oldElement) || !JsonNode.DeepEquals(oldElement, element))
                {
                    set[key] = element!.DeepClone();
                }
            }

            var list = new JsonObject { ["kind"] = "list", ["set"] = set };
            if (!oldKeys.SequenceEqual(newKeys, StringComparer.Ordinal))
            {
                list["keys"] = new JsonArray(newKeys.Select(k => (JsonNode)k).ToArray());
            }

            return list;
        }

        return Replace(after);
    }

    private static JsonObject Replace(JsonNode? value) => new() { ["kind"] = "replace", ["value"] = value?.DeepClone() };

    /// <summary>The elements' ids as strings, or null when the array is not a list of objects with distinct ids.</summary>
    private static List<string>? Keys(JsonArray array)
    {
        var keys = new List<string>(array.Count);
        foreach (var element in array)
        {
            if (element is not JsonObject || KeyOf(element) is not { } key)
            {
                return null;
            }

            keys.Add(key);
        }

        return keys.Distinct(StringComparer.Ordinal).Count() == keys.Count ? keys : null;
    }

    private static string? KeyOf(JsonNode element) =>
        element is JsonObject o && o.TryGetPropertyValue(IdProperty, out var id) && id is JsonValue v ? v.ToJsonString().Trim('"') : null;
}
