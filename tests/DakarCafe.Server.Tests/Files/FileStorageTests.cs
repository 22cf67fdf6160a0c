using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using DakarCafe.Client;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Categories;
using DakarCafe.Schema.Files;
using DakarCafe.Schema.Products;
using DakarCafe.Schema.Reviews;
using DakarCafe.Schema.Users;

namespace DakarCafe.Server.Tests.Files;

public sealed class FileStorageTests(PostgresServer postgres) : FileTest(postgres)
{
    protected override IReadOnlyDictionary<string, string?> ServerSettings { get; } = new Dictionary<string, string?>
    {
        ["Engine:Files:OrphanGrace"] = "00:00:00",
    };

    [Fact]
    public async Task An_uploaded_image_is_served_with_its_type_etag_long_caching_and_ranges_and_its_url_works_once()
    {
        var customer = await ConnectAsync(await SignInAsAsync("user"));
        var png = Png();
        var url = await UploadUrlAsync(customer, UploadPurpose.Avatar);

        using var uploaded = await PostAsync(url.Url, png);
        using var again = await PostAsync(url.Url, png);
        var id = (await uploaded.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Within())).GetProperty("storageId").GetGuid();
        using var http = Server.CreateSocketClient();
        using var served = await http.GetAsync($"/files/{id}", Within());
        using var notModified = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/files/{id}") { Headers = { IfNoneMatch = { served.Headers.ETag! } } },
            Within());
        using var range = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/files/{id}") { Headers = { Range = new RangeHeaderValue(100, 149) } },
            Within());

        uploaded.StatusCode.Should().Be(HttpStatusCode.Created);
        url.ExpiresAt.Should().BeCloseTo(TimeProvider.System.GetUtcNow().AddMinutes(10), TimeSpan.FromMinutes(1));
        again.StatusCode.Should().Be(HttpStatusCode.Gone);
        (await CodeOfAsync(again)).Should().Be("UPLOAD_URL_USED");
        served.StatusCode.Should().Be(HttpStatusCode.OK);
        (await served.Content.ReadAsByteArrayAsync(Within())).Should().Equal(png);
        served.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        served.Headers.ETag!.Tag.Should().Be($"\"{Convert.ToHexStringLower(SHA256.HashData(png))}\"");
        served.Headers.CacheControl!.ToString().Should().Contain("immutable");
        served.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("default-src 'none'").And.Contain("sandbox",
            "a file opened on its own runs no script");
        notModified.StatusCode.Should().Be(HttpStatusCode.NotModified);
        range.StatusCode.Should().Be(HttpStatusCode.PartialContent);
        (await range.Content.ReadAsByteArrayAsync(Within())).Should().Equal(png[100..150]);
        range.Content.Headers.ContentRange!.ToString().Should().Be($"bytes 100-149/{png.Length}");
    }

    [Fact]
    public async Task Bad_uploads_are_refused_with_a_reason_store_nothing_and_leave_the_url_usable()
    {
        var customer = await ConnectAsync(await SignInAsAsync("user"));
        var url = (await UploadUrlAsync(customer, UploadPurpose.Avatar)).Url;
        var other = (await UploadUrlAsync(customer, UploadPurpose.Avatar)).Url;

        using var script = await PostAsync(url, "#!/bin/sh\nrm -rf / # photo.jpg"u8.ToArray(), "image/jpeg");
        using var html = await PostAsync(url, "<html><script>alert(1)</script></html>"u8.ToArray(), "image/png");
        using var tooBig = await PostAsync(url, Png((2 << 20) + 1));
        using var forged = await PostAsync(url[..^4] + "AAAA", Png());
        using var unknown = await PostAsync($"/files/upload/{Guid.NewGuid():N}.secret", Png());
        using var garbage = await PostAsync("/files/upload/not-a-ticket", Png());
        var storedBefore = StoredFiles().Count;
        using var good = await PostAsync(url, Jpeg());
        var staffOnly = () => UploadUrlAsync(customer, UploadPurpose.ProductImage);

        (script.StatusCode, await CodeOfAsync(script)).Should().Be((HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_CONTENT"), "a script named .jpg is not an image");
        (html.StatusCode, await CodeOfAsync(html)).Should().Be((HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_CONTENT"));
        (tooBig.StatusCode, await CodeOfAsync(tooBig)).Should().Be((HttpStatusCode.RequestEntityTooLarge, "FILE_TOO_LARGE"));
        (forged.StatusCode, await CodeOfAsync(forged)).Should().Be((HttpStatusCode.Forbidden, "UPLOAD_URL_INVALID"));
        (unknown.StatusCode, await CodeOfAsync(unknown)).Should().Be((HttpStatusCode.Forbidden, "UPLOAD_URL_INVALID"));
        (garbage.StatusCode, await CodeOfAsync(garbage)).Should().Be((HttpStatusCode.NotFound, "UPLOAD_URL_INVALID"));
        storedBefore.Should().Be(0, "no refused upload left bytes behind");
        good.StatusCode.Should().Be(HttpStatusCode.Created, "the refusals did not spend the URL");
        (await good.Content.ReadAsStringAsync(Within())).Should().Contain("image/jpeg");
        (await staffOnly.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.Forbidden);
        other.Should().NotBe(url);
    }

    [Fact]
    public async Task A_file_is_deleted_by_its_uploader_or_staff_only_and_the_cleanup_removes_its_bytes()
    {
        var owner = await ConnectAsync(await SignInAsAsync("user"));
        var stranger = await ConnectAsync(await SignInAsAsync("user"));
        var staff = await ConnectAsync(await SignInAsAsync("admin"));
        var mine = await UploadAsync(owner, Png(seed: 3));
        var theirs = await UploadAsync(owner, Png(seed: 4));
        var kept = await UploadAsync(stranger, Png(seed: 5));

        var byStranger = () => stranger.MutateAsync(Api.Files.DeleteFile, new StorageIdArgs(mine), Within());
        (await byStranger.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("NOT_FOUND");
        (await owner.MutateAsync(Api.Files.DeleteFile, new StorageIdArgs(mine), Within())).Should().BeTrue();
        (await staff.MutateAsync(Api.Files.DeleteFile, new StorageIdArgs(theirs), Within())).Should().BeTrue();
        using var http = Server.CreateSocketClient();
        using var gone = await http.GetAsync($"/files/{mine}", Within());
        StoredFiles().Should().HaveCount(3, "the bytes stay until the cleanup");
        var removed = await Server.ActAsServerAsync<int>("files:cleanup", new { }, Within());

        gone.StatusCode.Should().Be(HttpStatusCode.NotFound);
        removed.Should().Be(2);
        StoredFiles().Should().ContainSingle().Which.Should().EndWith(kept.ToString("N"));
        using var still = await http.GetAsync($"/files/{kept}", Within());
        still.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Avatars_and_review_photos_refer_only_to_files_their_author_uploaded_for_them()
    {
        var staff = await ConnectAsync(await SignInAsAsync("admin"));
        var product = await staff.MutateAsync(Api.Products.Create, TestProducts.Capsule("Volluto", 3_200, stock: 10), Within());
        var owner = await ConnectAsync(await SignInAsAsync("user"));
        var stranger = await ConnectAsync(await SignInAsAsync("user"));
        var avatar = (await UploadAsync(owner, Png(seed: 6))).ToString();
        var photo = (await UploadAsync(owner, Jpeg(), UploadPurpose.ReviewImage)).ToString();

        var user = await owner.MutateAsync(Api.Users.UpdateProfile, new UpdateProfileArgs(Avatar: avatar), Within());
        var review = await owner.MutateAsync(Api.Reviews.CreateReview, new CreateReviewArgs(product, 5, Images: [photo]), Within());
        var stolenAvatar = () => stranger.MutateAsync(Api.Users.UpdateProfile, new UpdateProfileArgs(Avatar: avatar), Within());
        var wrongPurpose = () => owner.MutateAsync(Api.Users.UpdateProfile, new UpdateProfileArgs(Avatar: photo), Within());
        var stolenPhoto = () => stranger.MutateAsync(Api.Reviews.CreateReview, new CreateReviewArgs(product, 1, Images: [photo]), Within());
        var madeUp = () => stranger.MutateAsync(Api.Users.UpdateProfile, new UpdateProfileArgs(Avatar: "https://evil.example/x.png"), Within());

        user.Avatar.Should().Be(avatar);
        review.Images.Should().Equal(photo);
        foreach (var (attempt, field) in new[] { (stolenAvatar, "avatar"), (wrongPurpose, "avatar"), (madeUp, "avatar") })
        {
            var error = (await attempt.Should().ThrowAsync<DakarCafeException>()).Which.Error;
            (error.Code, error.Data).Should().Be((ErrorCodes.Validation, $"{{\"field\":\"{field}\"}}"));
        }

        (await stolenPhoto.Should().ThrowAsync<DakarCafeException>()).Which.Error.Data.Should().Contain("images[0]");
    }

    [Fact]
    public async Task Product_and_category_images_are_files_staff_uploaded_for_them()
    {
        var staff = await ConnectAsync(await SignInAsAsync("admin"));
        var customer = await ConnectAsync(await SignInAsAsync("user"));
        var photo = (await UploadAsync(staff, Png(seed: 7), UploadPurpose.ProductImage)).ToString();
        var picture = (await UploadAsync(staff, Png(seed: 8), UploadPurpose.CategoryImage)).ToString();
        var avatar = (await UploadAsync(customer, Png(seed: 9))).ToString();

        var product = await staff.MutateAsync(Api.Products.Create, TestProducts.Capsule("Ristretto", 3_000) with { Images = [photo] }, Within());
        var category = await staff.MutateAsync(Api.Categories.Create, new CategoryInput("Grands crus", "grands-crus", Image: picture), Within());
        var someonesAvatar = () => staff.MutateAsync(Api.Products.Create, TestProducts.Capsule("Arpeggio", 3_000) with { Images = [photo, avatar] }, Within());
        var productPhotoForCategory = () => staff.MutateAsync(Api.Categories.Create, new CategoryInput("Bio", "bio", Image: photo), Within());

        (await customer.QueryAsync(Api.Products.GetProduct, new GetProductArgs(Id: product), Within())).Images
            .Should().Equal(photo);
        category.Should().NotBeEmpty();
        (await someonesAvatar.Should().ThrowAsync<DakarCafeException>()).Which.Error.Data.Should().Contain("images[1]");
        (await productPhotoForCategory.Should().ThrowAsync<DakarCafeException>()).Which.Error.Data.Should().Contain("\"field\":\"image\"");
    }
}
