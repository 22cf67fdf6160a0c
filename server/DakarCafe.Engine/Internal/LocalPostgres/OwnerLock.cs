using System.Globalization;

namespace DakarCafe.Engine.Internal.LocalPostgres;

/// <summary>
/// Who owns a data folder's cluster: the process that holds an exclusive lock on <c>&lt;data folder&gt;.owner</c>
/// beside it. The operating system drops the lock when that process ends, however it ends (a SIGKILL too), so a
/// postmaster running while the lock is free was left by a crash; one running while another process holds it is
/// that process's, to attach to and never to stop.
/// </summary>
internal sealed class OwnerLock : IDisposable
{
    private readonly FileStream _file;

    private OwnerLock(FileStream file) => _file = file;

    public static string PathFor(string dataDirectory) => dataDirectory + ".owner";

    /// <summary>Takes the lock, or returns null when another process (or another cluster object of ours) holds it.</summary>
    public static OwnerLock? TryAcquire(string dataDirectory)
    {
        var path = PathFor(dataDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        FileStream file;
        try
        {
            // FileShare.None is an exclusive flock on Linux, also against this process's other handles.
            file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }

        // The owner's process id, for a person looking at the folder (the lock, not this text, decides).
        file.SetLength(0);
        var text = System.Text.Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n");
        file.Write(text);
        file.Flush();
        return new OwnerLock(file);
    }

    public void Dispose() => _file.Dispose();
}
