using DakarCafe.Protocol;
using DakarCafe.Schema.Files;

namespace DakarCafe.Schema;

public static partial class Api
{
    /// <summary>The <c>files</c> module's functions: uploads of images, served at <c>/files/{storageId}</c>.</summary>
    public static class Files
    {
        /// <summary><c>files:generateUploadUrl</c>: A single-use URL, valid 10 minutes, to upload one file for a purpose.</summary>
        public static MutationReference<GenerateUploadUrlArgs, FileUploadUrl> GenerateUploadUrl { get; } = new("files:generateUploadUrl");

        /// <summary><c>files:deleteFile</c>: Deletes a file (its uploader, or staff).</summary>
        public static MutationReference<StorageIdArgs, bool> DeleteFile { get; } = new("files:deleteFile");
    }
}
