namespace DakarCafe.Engine.Internal.Reactivity;

/// <summary>
/// The bounds a read's filter puts on one member, such as <c>Price &gt;= 1000 &amp;&amp; Price &lt;= 5000</c> (a missing
/// bound is open): the invalidation index files the read under them, so a write is matched only against the range
/// reads whose bounds hold its old or new value. Bounds are taken as inclusive, a superset of what the filter selects;
/// the filter itself is checked afterwards. At least one bound is set.
/// </summary>
internal sealed record RangeKey(string MemberPath, decimal? Lower, decimal? Upper)
{
    /// <summary>
    /// A value as it orders in memory, for the types a comparison filter can use: numbers, enums, and times
    /// (<see cref="DateTime"/> by its ticks as they are, as <c>&lt;</c> compares them; <see cref="DateTimeOffset"/> by
    /// its UTC ticks). Null for anything else, and for null.
    /// </summary>
    public static decimal? Comparable(object? value) => value switch
    {
        byte or sbyte or short or ushort or int or uint or long or ulong or decimal => Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture),
        double d when double.IsFinite(d) && Math.Abs(d) < 7.9e28 => (decimal)d,
        float f when float.IsFinite(f) && Math.Abs(f) < 7.9e28f => (decimal)f,
        Enum e => Convert.ToInt64(e, System.Globalization.CultureInfo.InvariantCulture),
        DateTime d => d.Ticks,
        DateTimeOffset d => d.UtcTicks,
        _ => null,
    };
}
