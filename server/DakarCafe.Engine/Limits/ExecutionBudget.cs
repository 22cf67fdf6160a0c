using DakarCafe.Engine.Errors;

namespace DakarCafe.Engine.Limits;

/// <summary>What one function run has used of its limits; it throws as soon as a limit is passed.</summary>
internal sealed class ExecutionBudget(EngineLimits limits)
{
    public int DocumentsRead { get; private set; }

    public int DocumentsWritten { get; private set; }

    public void Read(int documents)
    {
        DocumentsRead += documents;
        if (DocumentsRead > limits.MaxDocumentsRead)
        {
            throw AppError.LimitExceeded("documentsRead", limits.MaxDocumentsRead);
        }
    }

    public void Wrote(int documents)
    {
        DocumentsWritten += documents;
        if (DocumentsWritten > limits.MaxDocumentsWritten)
        {
            throw AppError.LimitExceeded("documentsWritten", limits.MaxDocumentsWritten);
        }
    }
}
