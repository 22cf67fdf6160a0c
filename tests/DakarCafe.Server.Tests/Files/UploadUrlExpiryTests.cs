using System.Net;
using DakarCafe.Fixtures;
using DakarCafe.Schema.Files;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DakarCafe.Server.Tests.Files;

public sealed class UploadUrlExpiryTests(PostgresServer postgres) : FileTest(postgres)
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero));

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(_clock);

    [Fact]
    public async Task An_upload_url_stops_working_after_ten_minutes()
    {
        var customer = await ConnectAsync(await SignInAsAsync("user"));
        var early = await UploadUrlAsync(customer, UploadPurpose.ReviewImage);
        var late = await UploadUrlAsync(customer, UploadPurpose.ReviewImage);

        using var inTime = await PostAsync(early.Url, Png());
        _clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        using var tooLate = await PostAsync(late.Url, Png());

        inTime.StatusCode.Should().Be(HttpStatusCode.Created);
        (tooLate.StatusCode, await CodeOfAsync(tooLate)).Should().Be((HttpStatusCode.Gone, "UPLOAD_URL_EXPIRED"));
        StoredFiles().Should().ContainSingle();
    }
}
