// The cart's and the customer's selections, shared by their own documents and by `VIEW` (which
// asks for both in a first view's one request). Kept out of the documents' modules, whose every
// export is public (`export *` in the entry): these are strings to build documents with, not API.

const MONEY = 'currencyCode value';

/** The cart selection shared by the read, every cart mutation and `VIEW` (needs `$imageWidth`). */
export const CART_FIELDS = `entityId version currencyCode locale
  baseAmount { ${MONEY} } discountedAmount { ${MONEY} } amount { ${MONEY} }
  lineItems {
    totalQuantity
    physicalItems {
      entityId productEntityId variantEntityId sku name path quantity
      image { url(width: $imageWidth) altText }
      salePrice { ${MONEY} } extendedSalePrice { ${MONEY} }
      selectedOptions { entityId name ... on CartSelectedMultipleChoiceOption { value valueEntityId } }
    }
  }`;

/** The customer's profile, as much of it as a storefront greets them with. */
export const CUSTOMER_FIELDS = 'entityId firstName lastName email';
