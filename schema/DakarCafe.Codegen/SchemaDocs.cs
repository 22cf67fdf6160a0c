using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace DakarCafe.Codegen;

/// <summary>The schema's XML documentation (next to its assembly), turned into JSDoc for the generated TypeScript.</summary>
internal sealed partial class SchemaDocs
{
    private readonly Dictionary<string, XElement> _members;

    public SchemaDocs(Assembly assembly)
    {
        var file = Path.ChangeExtension(SchemaAssembly.PathOf(assembly), ".xml");
        _members = File.Exists(file)
            ? XDocument.Load(file).Descendants("member").ToDictionary(m => (string)m.Attribute("name")!, StringComparer.Ordinal)
            : [];
    }

    public string Summary(Type type, string indent = "") => JsDoc(Text(_members.GetValueOrDefault($"T:{type.FullName}")?.Element("summary")), indent);

    /// <summary>A property's doc: its own summary, or the record's <c>param</c> of the same name.</summary>
    public string Member(Type type, JsonPropertyInfo property, string indent)
    {
        var name = (property.AttributeProvider as MemberInfo)?.Name ?? property.Name;
        var own = _members.GetValueOrDefault($"P:{type.FullName}.{name}")?.Element("summary");
        var param = _members.GetValueOrDefault($"T:{type.FullName}")?.Elements("param").FirstOrDefault(p => (string?)p.Attribute("name") == name);
        return JsDoc(Text(own ?? param), indent);
    }

    public string Property(PropertyInfo property, string indent) =>
        JsDoc(Text(_members.GetValueOrDefault($"P:{property.DeclaringType!.FullName!.Replace('+', '.')}.{property.Name}")?.Element("summary")), indent);

    public string Field(FieldInfo field, string indent) =>
        JsDoc(Text(_members.GetValueOrDefault($"F:{field.DeclaringType!.FullName!.Replace('+', '.')}.{field.Name}")?.Element("summary")), indent);

    private static string? Text(XElement? element) => element is null
        ? null
        : Whitespace().Replace(string.Concat(element.Nodes().Select(n => n switch
        {
            XElement { Name.LocalName: "see" } see => ((string?)see.Attribute("cref"))?.Split('.', ':')[^1] ?? see.Value,
            XElement e => e.Value,
            _ => n.ToString(),
        })), " ").Trim();

    private static string JsDoc(string? text, string indent) =>
        string.IsNullOrEmpty(text) ? "" : $"{indent}/** {System.Net.WebUtility.HtmlDecode(text).Replace("*/", "*\\/", StringComparison.Ordinal)} */\n";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
