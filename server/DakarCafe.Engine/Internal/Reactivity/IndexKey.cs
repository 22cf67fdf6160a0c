using System.Globalization;

namespace DakarCafe.Engine.Internal.Reactivity;

/// <summary>
/// An equality a read depends on, such as <c>Category == capsules</c> or <c>Id == 42</c>: the invalidation index
/// files the read under it, so a write is matched against the reads of its own values only.
/// </summary>
internal readonly record struct IndexKey(string MemberPath, string Value)
{
    /// <summary>
    /// One spelling per value whatever its CLR type: an enum and its number match (the compiler turns
    /// <c>p.Kind == Kind.A</c> into a comparison of integers), a string never matches a number.
    /// </summary>
    public static string Normalize(object? value) => value switch
    {
        null => "null",
        string s => "s:" + s,
        Enum e => "n:" + Convert.ToInt64(e, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        bool b => b ? "b:1" : "b:0",
        byte or sbyte or short or ushort or int or uint or long => "n:" + Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        ulong u => "n:" + u.ToString(CultureInfo.InvariantCulture),
        decimal or double or float => "n:" + Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        Guid g => "g:" + g.ToString("D"),
        DateTimeOffset d => "t:" + d.UtcTicks.ToString(CultureInfo.InvariantCulture),
        DateTime d => "t:" + d.ToUniversalTime().Ticks.ToString(CultureInfo.InvariantCulture),
        _ => "o:" + Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
