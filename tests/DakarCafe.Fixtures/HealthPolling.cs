using System.Net;

namespace DakarCafe.Fixtures;

/// <summary>Waits for a server's /health to answer a status: readiness of another process or of a database coming back, polled within a bound.</summary>
public static class HealthPolling
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    public static async Task<HttpResponseMessage> WaitForStatusAsync(HttpClient http, HttpStatusCode status, TimeSpan within, string because)
    {
        using var deadline = new CancellationTokenSource(within);
        while (true)
        {
            var response = await http.GetAsync(new Uri("/health", UriKind.Relative), deadline.Token);
            if (response.StatusCode == status)
            {
                return response;
            }

            response.Dispose();
            try
            {
                await Task.Delay(Interval, deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"/health did not answer {status} within {within} ({because}).");
            }
        }
    }
}
