using DakarCafe.Engine.Errors;
using DakarCafe.Protocol;
using DakarCafe.Schema.Users;

namespace DakarCafe.Server.Users;

/// <summary>Profile rules, pure: names and phones of sane length, addresses complete, and exactly one default address whenever there are any.</summary>
internal static class UserRules
{
    public const int MaxAddresses = 10;

    public static User UpdateProfile(User user, UpdateProfileArgs args, DateTimeOffset now)
    {
        var name = args.Name?.Trim() ?? user.Name;
        if (name.Length is 0 or > 100)
        {
            throw AppError.Validation("name", "A name of 1 to 100 characters is required.");
        }

        if (args.Phone is { } phone && (phone.Length > 30 || !phone.All(c => char.IsDigit(c) || c is '+' or ' ' or '-')))
        {
            throw AppError.Validation("phone", "A phone number is digits, spaces, dashes and a leading +.");
        }

        return user with { Name = name, Phone = args.Phone ?? user.Phone, Avatar = args.Avatar ?? user.Avatar, UpdatedAt = now };
    }

    public static User AddAddress(User user, AddressInput input, string id, DateTimeOffset now)
    {
        if (user.Addresses.Count >= MaxAddresses)
        {
            throw AppError.Validation("address", $"At most {MaxAddresses} addresses.");
        }

        var address = Check(input, id);
        return WithDefault(user with { Addresses = [.. user.Addresses, address], UpdatedAt = now }, input.IsDefault || user.Addresses.Count == 0 ? id : null);
    }

    public static User UpdateAddress(User user, string id, AddressInput input, DateTimeOffset now)
    {
        var existing = Find(user, id);
        var updated = Check(input, id) with { IsDefault = existing.IsDefault };
        return WithDefault(user with { Addresses = user.Addresses.Select(a => a.Id == id ? updated : a).ToList(), UpdatedAt = now }, input.IsDefault ? id : null);
    }

    public static User RemoveAddress(User user, string id, DateTimeOffset now)
    {
        var removed = Find(user, id);
        var rest = user.Addresses.Where(a => a.Id != id).ToList();
        return WithDefault(user with { Addresses = rest, UpdatedAt = now }, removed.IsDefault && rest.Count > 0 ? rest[0].Id : null);
    }

    public static User UpdatePreferences(User user, UserPreferences preferences, DateTimeOffset now) =>
        preferences.Currency == "FCFA"
            ? user with { Preferences = preferences, UpdatedAt = now }
            : throw AppError.Validation("preferences.currency", "The shop sells in FCFA only.");

    private static Address Check(AddressInput input, string id)
    {
        foreach (var (field, value) in new[] { ("street", input.Street), ("city", input.City), ("region", input.Region), ("country", input.Country) })
        {
            if (string.IsNullOrWhiteSpace(value) || value.Length > 200)
            {
                throw AppError.Validation($"address.{field}", $"The {field} is required (at most 200 characters).");
            }
        }

        return new Address(id, input.Type, input.Street.Trim(), input.City.Trim(), input.Region.Trim(), input.PostalCode?.Trim(), input.Country.Trim(), false);
    }

    private static Address Find(User user, string id) =>
        user.Addresses.FirstOrDefault(a => a.Id == id) ?? throw new AppError(ErrorCodes.NotFound, "No such address.", new { field = "addressId" });

    /// <summary>Makes <paramref name="defaultId"/> the one default; with null, keeps the current one.</summary>
    private static User WithDefault(User user, string? defaultId) => defaultId is null
        ? user
        : user with { Addresses = user.Addresses.Select(a => a with { IsDefault = a.Id == defaultId }).ToList() };
}
