namespace DakarCafe.Schema.Categories;

/// <summary>Arguments of <c>categories:create</c>.</summary>
/// <param name="Name">The name.</param>
/// <param name="Slug">The unique URL name.</param>
/// <param name="Description">A sentence about it.</param>
/// <param name="ParentId">The parent, or null for the top level.</param>
/// <param name="SortOrder">Order among siblings.</param>
/// <param name="Image">The storage id of a picture staff uploaded for categories (<c>files:generateUploadUrl</c>).</param>
public sealed record CategoryInput(string Name, string Slug, string? Description = null, Guid? ParentId = null, int SortOrder = 0, string? Image = null);
