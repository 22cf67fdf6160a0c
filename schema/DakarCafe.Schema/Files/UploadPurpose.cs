namespace DakarCafe.Schema.Files;

/// <summary>What a file is uploaded for; it sets who may upload it and its limits.</summary>
public enum UploadPurpose
{
    /// <summary>A product photo (staff): JPEG, PNG or WebP, up to 5 MB.</summary>
    ProductImage,

    /// <summary>A category picture (staff): JPEG, PNG or WebP, up to 5 MB.</summary>
    CategoryImage,

    /// <summary>The caller's avatar: JPEG, PNG or WebP, up to 2 MB.</summary>
    Avatar,

    /// <summary>A photo for one of the caller's reviews: JPEG, PNG or WebP, up to 5 MB.</summary>
    ReviewImage,
}
