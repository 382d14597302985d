package dev.costmodel.core;

import dev.costmodel.core.JsonReader.Token;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One AWS Price List offer file in JSON: {@code offerCode}, {@code version}, {@code publicationDate},
 * {@code products{sku:{sku, productFamily, attributes{…}}}}, then {@code terms{OnDemand{sku{term{
 * priceDimensions{rate{unit, beginRange, endRange, pricePerUnit{USD}}}}}}}}. Streams token by token, keeping
 * only the region's mapped products.
 */
final class JsonOffer {
  private final AwsPriceList loader;
  private final JsonReader json;
  private final String fileName;
  private final AwsPriceList.Offer offer = new AwsPriceList.Offer();
  private final Map<String, AwsPriceList.Candidate> kept = new HashMap<>();
  private final Set<String> regions = new HashSet<>();
  private boolean productsRead;

  JsonOffer(AwsPriceList loader, JsonReader json, String fileName) {
    this.loader = loader;
    this.json = json;
    this.fileName = fileName;
  }

  void read() {
    expect(json.next(), Token.BEGIN_OBJECT, "an offer file must be a JSON object");
    Token token;
    while ((token = json.next()) == Token.NAME) {
      String name = json.text();
      Token value = json.next();
      switch (name) {
        case "offerCode":
          offer.code = string(value, name);
          break;
        case "version":
          offer.version = string(value, name);
          break;
        case "publicationDate":
          offer.published = string(value, name);
          break;
        case "products":
          expect(value, Token.BEGIN_OBJECT, "\"products\" must be an object");
          products();
          break;
        case "terms":
          expect(value, Token.BEGIN_OBJECT, "\"terms\" must be an object");
          terms();
          break;
        default:
          json.skipValue(value);
      }
    }
    expect(token, Token.END_OBJECT, "expected the end of the offer object");
    if (json.next() != Token.END) {
      throw json.fault("unexpected content after the offer object");
    }
    if (!productsRead) {
      throw new CatalogFormatException(fileName, json.line(), 0, "no \"products\" object in the offer file");
    }
    if (!regions.contains(loader.region())) {
      throw AwsPriceList.regionMissing(fileName, loader.region(), offer.code, regions);
    }
  }

  private void products() {
    if (offer.code.isEmpty()) {
      throw json.fault("\"offerCode\" must come before \"products\"");
    }
    String asOf = offer.asOf(fileName);
    Token token;
    while ((token = json.next()) == Token.NAME) {
      String sku = json.text();
      long line = json.line();
      long column = json.column();
      expect(json.next(), Token.BEGIN_OBJECT, "product " + sku + " must be an object");
      Map<String, String> attributes = new HashMap<>();
      Token field;
      while ((field = json.next()) == Token.NAME) {
        String key = json.text();
        Token value = json.next();
        if (key.equals("attributes")) {
          expect(value, Token.BEGIN_OBJECT, "attributes of product " + sku + " must be an object");
          Token attribute;
          while ((attribute = json.next()) == Token.NAME) {
            String attributeName = AwsPriceList.normalize(json.text());
            Token attributeValue = json.next();
            if (attributeValue == Token.STRING || attributeValue == Token.NUMBER) {
              attributes.put(attributeName, json.text());
            } else {
              json.skipValue(attributeValue);
            }
          }
          expect(attribute, Token.END_OBJECT, "expected the end of product " + sku + "'s attributes");
        } else if (value == Token.STRING) {
          attributes.put(AwsPriceList.normalize(key), json.text());
        } else {
          json.skipValue(value);
        }
      }
      expect(field, Token.END_OBJECT, "expected the end of product " + sku);
      String region = attributes.getOrDefault("regioncode", "");
      regions.add(region);
      if (!region.equals(loader.region())) {
        continue;
      }
      Optional<OfferMapping.Target> target = loader.map(offer.code, attributes);
      if (target.isPresent()) {
        AwsPriceList.Candidate candidate =
            new AwsPriceList.Candidate(sku, target.get(), offer, attributes, asOf, fileName, line, column);
        kept.put(sku, candidate);
        loader.add(candidate);
      } else {
        loader.skip(AwsPriceList.family(offer.code, attributes));
      }
    }
    expect(token, Token.END_OBJECT, "expected the end of \"products\"");
    productsRead = true;
  }

  private void terms() {
    if (!productsRead) {
      throw json.fault("\"products\" must come before \"terms\" (as in AWS's files)");
    }
    Token token;
    while ((token = json.next()) == Token.NAME) {
      String termType = json.text();
      Token value = json.next();
      if (!termType.equals("OnDemand")) {
        json.skipValue(value);
        continue;
      }
      expect(value, Token.BEGIN_OBJECT, "\"OnDemand\" must be an object");
      Token sku;
      while ((sku = json.next()) == Token.NAME) {
        AwsPriceList.Candidate candidate = kept.get(json.text());
        Token offers = json.next();
        if (candidate == null) {
          json.skipValue(offers);
          continue;
        }
        expect(offers, Token.BEGIN_OBJECT, "terms of SKU " + candidate.sku + " must be an object");
        Token term;
        while ((term = json.next()) == Token.NAME) {
          Token body = json.next();
          expect(body, Token.BEGIN_OBJECT, "a term of SKU " + candidate.sku + " must be an object");
          Token field;
          while ((field = json.next()) == Token.NAME) {
            String key = json.text();
            Token fieldValue = json.next();
            if (key.equals("priceDimensions")) {
              expect(fieldValue, Token.BEGIN_OBJECT, "priceDimensions must be an object");
              dimensions(candidate);
            } else {
              json.skipValue(fieldValue);
            }
          }
          expect(field, Token.END_OBJECT, "expected the end of a term");
        }
        expect(term, Token.END_OBJECT, "expected the end of SKU " + candidate.sku + "'s terms");
      }
      expect(sku, Token.END_OBJECT, "expected the end of \"OnDemand\"");
    }
    expect(token, Token.END_OBJECT, "expected the end of \"terms\"");
  }

  private void dimensions(AwsPriceList.Candidate candidate) {
    Token rate;
    while ((rate = json.next()) == Token.NAME) {
      String rateCode = json.text();
      expect(json.next(), Token.BEGIN_OBJECT, "price dimension " + rateCode + " must be an object");
      long line = json.line();
      String begin = "0";
      String end = "";
      String description = "";
      String price = null;
      String currency = null;
      String unit = null;
      long unitLine = line;
      long unitColumn = 0;
      long priceLine = line;
      long priceColumn = 0;
      Token field;
      while ((field = json.next()) == Token.NAME) {
        String key = json.text();
        Token value = json.next();
        switch (key) {
          case "beginRange":
          case "startingRange":
            begin = string(value, key);
            break;
          case "endRange":
          case "endingRange":
            end = string(value, key);
            break;
          case "description":
            description = string(value, key);
            break;
          case "unit":
            unitLine = json.line();
            unitColumn = json.column();
            unit = string(value, key);
            break;
          case "pricePerUnit":
            expect(value, Token.BEGIN_OBJECT, "pricePerUnit must be an object like {\"USD\": \"0.23\"}");
            Token currencyToken;
            while ((currencyToken = json.next()) == Token.NAME) {
              currency = json.text();
              Token amount = json.next();
              priceLine = json.line();
              priceColumn = json.column();
              price = string(amount, "pricePerUnit." + currency);
            }
            expect(currencyToken, Token.END_OBJECT, "expected the end of pricePerUnit");
            break;
          default:
            json.skipValue(value);
        }
      }
      expect(field, Token.END_OBJECT, "expected the end of price dimension " + rateCode);
      if (price == null) {
        throw new CatalogFormatException(fileName, line, 0, "price dimension " + rateCode + " has no pricePerUnit");
      }
      if (unit == null) {
        throw new CatalogFormatException(fileName, line, 0, "price dimension " + rateCode
            + " has no unit; AWS's files give one, such as \"unit\" : \"Hrs\"");
      }
      long unitAt = unitLine;
      long unitAtColumn = unitColumn;
      candidate.checkUnit(unit, problem -> new CatalogFormatException(fileName, unitAt, unitAtColumn, problem));
      long at = priceLine;
      long atColumn = priceColumn;
      AwsPriceList.Site site = problem -> new CatalogFormatException(fileName, at, atColumn, problem);
      AwsPriceList.Site lineSite = problem -> new CatalogFormatException(fileName, line, 0, problem);
      BigDecimal amount = AwsPriceList.decimal(price, "pricePerUnit", site);
      candidate.dimensions.add(new AwsPriceList.Dimension(
          AwsPriceList.decimal(begin, "beginRange", lineSite),
          end.isEmpty() || end.equals("Inf") ? null : AwsPriceList.decimal(end, "endRange", lineSite),
          amount, loader.currency(currency, site), rateCode, description, line));
    }
    expect(rate, Token.END_OBJECT, "expected the end of priceDimensions");
  }

  private String string(Token token, String name) {
    if (token != Token.STRING && token != Token.NUMBER) {
      throw json.fault("\"" + name + "\" must be a string");
    }
    return json.text();
  }

  private void expect(Token actual, Token expected, String problem) {
    if (actual != expected) {
      throw json.fault(problem + " (found " + actual.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
          + ")");
    }
  }
}
