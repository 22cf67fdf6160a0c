using System.Globalization;
using System.Text;
using DakarCafe.Schema.Categories;
using DakarCafe.Schema.Products;

namespace DakarCafe.Server.SampleData;

/// <summary>A realistic catalog for trying the shop: categories and 66 products in FCFA, described in French.</summary>
internal static class SampleCatalog
{
    private static readonly (string Name, int Intensity, long Price, string Notes, string Line)[] Capsules =
    [
        ("Ristretto Intenso", 12, 3_900, "un café court et intense aux notes torréfiées", "espresso"),
        ("Arpeggio Cacao", 9, 3_700, "un espresso intense aux notes de cacao", "espresso"),
        ("Roma Classico", 8, 3_500, "un café équilibré, boisé et légèrement amer", "espresso"),
        ("Livanto Caramel", 6, 3_500, "un café rond aux notes de caramel", "espresso"),
        ("Capriccio Céréales", 5, 3_400, "un café léger aux notes de céréales", "espresso"),
        ("Volluto Doux", 4, 3_400, "un café doux et fruité, notes de biscuit", "espresso"),
        ("Cosi Fruité", 4, 3_300, "un café léger et fruité d'Afrique de l'Est", "espresso"),
        ("Kazaar Extrême", 13, 4_200, "le plus intense de la gamme, corsé et poivré", "espresso"),
        ("Dharkan Torréfié", 11, 4_100, "un café longuement torréfié, velouté et intense", "espresso"),
        ("Touba Épicé", 10, 3_900, "un café au poivre de Guinée, l'esprit du café Touba", "espresso"),
        ("Casamance Forêt", 7, 3_800, "des notes boisées et de fruits secs", "espresso"),
        ("Saloum Miel", 5, 3_600, "un café doux aux notes de miel", "espresso"),
        ("Gorée Vanille", 6, 3_800, "un espresso aromatisé à la vanille", "espresso"),
        ("Thiès Noisette", 6, 3_800, "un espresso aromatisé à la noisette", "espresso"),
        ("Linizio Lungo", 4, 3_600, "un lungo rond aux notes de céréales maltées", "lungo"),
        ("Fortissio Lungo", 8, 3_700, "un lungo intense et riche", "lungo"),
        ("Vivalto Lungo", 4, 3_600, "un lungo équilibré, floral et torréfié", "lungo"),
        ("Envivo Lungo", 9, 3_900, "un lungo intense pour le matin", "lungo"),
        ("Ndar Lungo", 5, 3_700, "un lungo fruité inspiré de Saint-Louis", "lungo"),
        ("Joal Lungo", 6, 3_700, "un lungo aux notes de céréales grillées", "lungo"),
        ("Lamb Lungo", 10, 3_900, "un lungo puissant et corsé", "lungo"),
        ("Sine Lungo", 3, 3_500, "un lungo léger et floral", "lungo"),
        ("Ristretto Décaféiné", 10, 3_900, "l'intensité du ristretto sans caféine", "decaf"),
        ("Volluto Décaféiné", 4, 3_600, "un café doux et décaféiné", "decaf"),
        ("Arpeggio Décaféiné", 9, 3_800, "un décaféiné intense aux notes de cacao", "decaf"),
        ("Lungo Décaféiné", 4, 3_600, "un lungo doux sans caféine", "decaf"),
        ("Baobab Doux", 3, 3_400, "un café très doux aux notes de pain de singe", "espresso"),
        ("Bissap Intense", 9, 4_000, "un espresso intense aux notes florales d'hibiscus", "espresso"),
        ("Kinkeliba Lungo", 5, 3_700, "un lungo aux notes herbacées", "lungo"),
        ("Sahel Extrême", 12, 4_200, "un café intense et sec aux notes de cuir", "espresso"),
    ];

    private static readonly (string Name, long Price, string Notes, string Kind, string Color)[] Machines =
    [
        ("Essenza Mini", 89_000, "la machine la plus compacte, idéale pour un café rapide", "automatiques", "noir"),
        ("Pixie", 119_000, "compacte et rapide, prête en 25 secondes", "automatiques", "rouge"),
        ("Inissia", 79_000, "légère et simple, pour débuter", "automatiques", "blanc"),
        ("CitiZ", 159_000, "le style rétro et une extraction parfaite", "automatiques", "argent"),
        ("CitiZ & Milk", 209_000, "avec mousseur à lait intégré pour le cappuccino", "automatiques", "noir"),
        ("Lattissima One", 259_000, "un cappuccino d'une seule touche", "automatiques", "blanc"),
        ("Lattissima Pro", 389_000, "écran tactile et recettes lactées", "automatiques", "argent"),
        ("Creatista Plus", 449_000, "la buse vapeur professionnelle à la maison", "automatiques", "inox"),
        ("Vertuo Next", 139_000, "pour les grandes tasses et le café long", "automatiques", "gris"),
        ("Vertuo Pop", 99_000, "petite, colorée et connectée", "automatiques", "bleu"),
        ("Essenza Plus", 109_000, "compacte avec réglage de la longueur", "automatiques", "noir"),
        ("Expert", 299_000, "connectée, avec eau chaude et café glacé", "automatiques", "anthracite"),
        ("Moka Dakar", 35_000, "la cafetière italienne pour un café intense sur le feu", "manuelles", "aluminium"),
        ("Presse Française", 29_000, "un café corsé à l'ancienne, sans capsule", "manuelles", "verre"),
        ("Cafetière Touba", 25_000, "la cafetière traditionnelle pour le café Touba", "manuelles", "inox"),
    ];

    private static readonly (string Name, long Price, string Notes, string Kind)[] Accessories =
    [
        ("Tasses Espresso Pure x2", 12_000, "deux tasses en porcelaine pour l'espresso", "tasses"),
        ("Tasses Lungo Pure x2", 14_000, "deux tasses pour le lungo", "tasses"),
        ("Verres Cappuccino x2", 16_000, "deux verres double paroi pour le cappuccino", "tasses"),
        ("Mugs Voyage", 18_000, "un mug isotherme pour le café en route", "tasses"),
        ("Tasses Wax x4", 22_000, "quatre tasses aux motifs wax", "tasses"),
        ("Kit Détartrage", 9_500, "détartrant pour prolonger la vie de votre machine", "entretien"),
        ("Filtre à Eau", 7_500, "filtre pour un café plus pur", "entretien"),
        ("Chiffons Microfibre", 4_500, "pour l'entretien des machines", "entretien"),
        ("Recycling Bag", 2_500, "sac pour recycler les capsules usagées", "entretien"),
        ("Aeroccino 3", 69_000, "mousseur à lait pour une mousse chaude ou froide", "lait"),
        ("Aeroccino 4", 89_000, "mousseur à lait avec quatre recettes", "lait"),
        ("Pot à Lait", 15_000, "pot en inox pour le latte art", "lait"),
        ("Distributeur Capsules", 25_000, "tour pour quarante capsules", "rangement"),
        ("Tiroir Capsules", 35_000, "tiroir sous la machine pour cinquante capsules", "rangement"),
        ("Coffret Découverte", 19_000, "boîte en bois pour présenter vos capsules", "rangement"),
        ("Sucre de Canne x100", 5_500, "sticks de sucre de canne", "epicerie"),
        ("Biscuits Spéculoos", 4_000, "biscuits pour accompagner le café", "epicerie"),
        ("Sirop Caramel", 6_500, "sirop pour les recettes au lait", "epicerie"),
        ("Sirop Vanille", 6_500, "sirop vanille pour les lattés", "epicerie"),
        ("Cuillères Espresso x6", 8_000, "petites cuillères en inox", "tasses"),
        ("Plateau Service", 21_000, "plateau en bois de Casamance", "rangement"),
    ];

    public static IEnumerable<(string Slug, string Name, string? Parent)> Categories =>
    [
        ("capsules", "Capsules", null), ("machines", "Machines", null), ("accessories", "Accessoires", null),
        ("espresso", "Espresso", "capsules"), ("lungo", "Lungo", "capsules"), ("decaf", "Décaféinés", "capsules"),
        ("automatiques", "Machines automatiques", "machines"), ("manuelles", "Méthodes douces", "machines"),
        ("tasses", "Tasses et verres", "accessories"), ("entretien", "Entretien", "accessories"), ("lait", "Lait", "accessories"),
        ("rangement", "Rangement", "accessories"), ("epicerie", "Épicerie", "accessories"),
    ];

    public static IEnumerable<ProductInput> Products()
    {
        var n = 0;
        foreach (var c in Capsules)
        {
            n++;
            yield return new ProductInput(c.Name, $"Capsules {c.Name} : {c.Notes}. Intensité {c.Intensity}. Boîte de 10 capsules en aluminium recyclable.",
                $"{c.Notes}, intensité {c.Intensity}", c.Price, n % 7 == 0 ? c.Price + 500 : null, ProductCategory.Capsules, c.Line, "DakarCafé",
                [], new ProductSpecifications("57 g", null, "aluminium", null, ["Original"], c.Intensity),
                new ProductInventory(Stock: 40 + (n * 13 % 160), LowStockThreshold: 10, IsTracked: true), Slugify(c.Name),
                [c.Line, c.Intensity >= 9 ? "intense" : "doux", "capsule"], IsFeatured: n % 6 == 1, IsNew: n > 26, IsBestSeller: n % 5 == 2, SortOrder: n);
        }

        foreach (var m in Machines)
        {
            n++;
            yield return new ProductInput(m.Name, $"Machine {m.Name} : {m.Notes}. Pression 19 bars, réservoir amovible, garantie deux ans.",
                m.Notes, m.Price, n % 4 == 0 ? m.Price + 20_000 : null, ProductCategory.Machines, m.Kind, "DakarCafé",
                [], new ProductSpecifications("4 kg", "14 x 33 x 25 cm", "plastique et métal", m.Color, ["Original"], null),
                new ProductInventory(Stock: 3 + (n % 12), LowStockThreshold: 3, IsTracked: true), Slugify(m.Name),
                [m.Kind, "machine"], IsFeatured: n % 5 == 0, IsNew: n % 7 == 0, IsBestSeller: n % 6 == 0, SortOrder: n);
        }

        foreach (var a in Accessories)
        {
            n++;
            yield return new ProductInput(a.Name, $"{a.Name} : {a.Notes}. Un accessoire pour profiter de votre café.",
                a.Notes, a.Price, null, ProductCategory.Accessories, a.Kind, "DakarCafé",
                [], new ProductSpecifications(null, null, null, null, [], null),
                new ProductInventory(Stock: 10 + (n * 7 % 90), LowStockThreshold: 5, IsTracked: true), Slugify(a.Name),
                [a.Kind, "accessoire"], IsFeatured: n % 9 == 0, IsNew: false, IsBestSeller: n % 8 == 0, SortOrder: n);
        }
    }

    /// <summary>"Café Touba et Co" → "cafe-touba-et-co".</summary>
    public static string Slugify(string name)
    {
        var plain = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
            }
        }

        return string.Join('-', plain.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
    }

    public static Category Category((string Slug, string Name, string? Parent) entry, IReadOnlyDictionary<string, Guid> ids, int order, DateTimeOffset now) =>
        new(ids[entry.Slug], entry.Name, entry.Slug, null, null, entry.Parent is null ? null : ids[entry.Parent], true, order, now, now);
}
